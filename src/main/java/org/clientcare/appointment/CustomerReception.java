package org.clientcare.appointment;

import java.util.List;

import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything this module holds about one customer (个人信息查阅, PIPL Art. 45): its appointments with their lifecycle
 * times, notes and cancellation reasons, its no-show count, and its walk-in numbers — for the access request's export
 * and the customer timeline. Read as the caller, so a customer outside its scope answers 404.
 */
@Service
public class CustomerReception {

	private final AppointmentManagement appointments;

	private final WalkInManagement walkIns;

	CustomerReception(AppointmentManagement appointments, WalkInManagement walkIns) {
		this.appointments = appointments;
		this.walkIns = walkIns;
	}

	/** What the module holds about a customer. */
	public record HeldAbout(long customerId, List<AppointmentView> appointments, int noShows, List<WalkInView> walkIns) {
	}

	@Transactional(readOnly = true)
	public HeldAbout heldAbout(CustomerId customer) {
		var own = appointments.ofCustomer(customer);
		return new HeldAbout(customer.value(), own.appointments(), own.noShows(), walkIns.ofCustomer(customer));
	}
}
