package org.clientcare.appointment.internal;

import java.time.Clock;
import java.util.List;

import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.WalkInManagement;
import org.clientcare.appointment.WalkInView;
import org.clientcare.customer.CustomerPageSection;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/** The customer's appointments and walk-ins on its 360 page, its no-show count, and booking on its behalf. */
@Component
class AppointmentsOfCustomerSection implements CustomerPageSection {

	private final AppointmentManagement appointments;

	private final WalkInManagement walkIns;

	private final Clock clock;

	AppointmentsOfCustomerSection(AppointmentManagement appointments, WalkInManagement walkIns, Clock clock) {
		this.appointments = appointments;
		this.walkIns = walkIns;
		this.clock = clock;
	}

	/** What the section shows. */
	record Data(long customerId, AppointmentManagement.CustomerAppointments appointments, List<WalkInView> walkIns,
			boolean mayBook, java.time.ZoneId zone) {
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "appointment/customer-section";
	}

	@Override
	public Data data(long customerId) {
		CustomerId customer = new CustomerId(customerId);
		var own = appointments.ofCustomer(customer);
		var shown = new AppointmentManagement.CustomerAppointments(customerId,
				own.appointments().stream().limit(20).toList(), own.noShows());
		return new Data(customerId, shown, walkIns.ofCustomer(customer).stream().limit(10).toList(), appointments.mayWrite(),
				clock.getZone());
	}
}
