package org.clientcare.appointment.internal;

import java.time.Clock;
import java.util.List;

import org.clientcare.appointment.AppointmentManagement;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.OpeningDay;
import org.clientcare.appointment.WalkInManagement;
import org.clientcare.appointment.WalkInView;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerPageSection;
import org.clientcare.identity.OrgUnit;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/**
 * The customer's appointments and walk-ins on its 360 page, its no-show count, booking on its behalf, and a queue number
 * for a customer who has just walked in (the branch defaults to the customer's own when it receives visitors).
 */
@Component
class AppointmentsOfCustomerSection implements CustomerPageSection {

	private final AppointmentManagement appointments;

	private final WalkInManagement walkIns;

	private final Clock clock;

	private final CustomerManagement customers;

	AppointmentsOfCustomerSection(AppointmentManagement appointments, WalkInManagement walkIns, Clock clock,
			CustomerManagement customers) {
		this.customers = customers;
		this.appointments = appointments;
		this.walkIns = walkIns;
		this.clock = clock;
	}

	/** What the section shows. */
	record Data(long customerId, AppointmentManagement.CustomerAppointments appointments, List<WalkInView> walkIns,
			boolean mayBook, java.time.ZoneId zone, List<OrgUnit> branches, String customerBranch,
			List<AppointmentService> services, OpeningDay opening) {
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
		boolean mayBook = appointments.mayWrite();
		List<OrgUnit> branches = mayBook ? appointments.branches() : List.of();
		// the customer's own unit comes first in the walk-in form when it receives visitors
		String customerBranch = mayBook ? customers.refs(List.of(customer)).values().stream().findFirst()
			.flatMap(ref -> branches.stream().filter(b -> b.id() == ref.orgUnitId()).findFirst()).map(OrgUnit::code)
			.orElse(null) : null;
		return new Data(customerId, shown, walkIns.ofCustomer(customer).stream().limit(10).toList(), mayBook,
				clock.getZone(), branches, customerBranch, List.of(AppointmentService.values()),
				appointments.openingDay(java.time.LocalDate.now(clock)));
	}
}
