package org.clientcare.care.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerChanged;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A corrected birth date moves the customer's birthday greetings: the care profile keeps the birthday without its year
 * (worked out once from the encrypted birth date), so a change of the birth date rewrites it, in the transaction that
 * changed the customer. A customer without a profile yet gets one from the next {@code greetings} run, as any other.
 */
@Component
class CorrectedBirthDates {

	private final CareProfiles profiles;

	private final CustomerManagement customers;

	private final Clock clock;

	CorrectedBirthDates(CareProfiles profiles, CustomerManagement customers, Clock clock) {
		this.profiles = profiles;
		this.customers = customers;
		this.clock = clock;
	}

	@EventListener
	void on(CustomerChanged event) {
		long id = event.customerId().value();
		if (!event.fields().contains("birthDate") || profiles.find(id).isEmpty()) {
			return;
		}
		CustomerContact contact = customers.contacts(List.of(event.customerId())).get(event.customerId());
		Map<Long, LocalDate> births = new HashMap<>();
		births.put(id, contact == null ? null : contact.birthDate());
		profiles.writeBirthdays(births, clock.instant());
	}
}
