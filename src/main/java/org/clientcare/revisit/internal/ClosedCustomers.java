package org.clientcare.revisit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerStatusChanged;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer closed (§2) is contacted no more (§5: revisits are for active customers): its open revisits are
 * cancelled when the customer module says it was closed, each with its reason ({@code CUSTOMER_CLOSED}), dated when
 * the customer was closed and audited. No cadence revisit is planned for it again (the planner plans for active
 * customers only); a reactivated customer gets its cadence revisit back from the planner's next run.
 */
@Component
class ClosedCustomers {

	static final String REASON = "CUSTOMER_CLOSED";

	private final Revisits revisits;

	private final AuditTrail audit;

	private final Clock clock;

	ClosedCustomers(Revisits revisits, AuditTrail audit, Clock clock) {
		this.revisits = revisits;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CustomerStatusChanged event) {
		if (event.to() != CustomerStatus.CLOSED) {
			return;
		}
		Instant at = event.at() == null ? clock.instant() : event.at();
		CurrentActor.runAs(Actor.system("customer-closed"), () -> {
			List<Map<String, Object>> cancelled = revisits.cancelOpen(event.customerId().value(), REASON, at,
					CurrentActor.get().username());
			audit.recordAll(cancelled.stream().map(revisit -> {
				Map<String, Object> before = new LinkedHashMap<>();
				before.put("status", "OPEN");
				before.put("reason", revisit.get("reason"));
				before.put("dueDate", String.valueOf(revisit.get("due_date")));
				before.put("customerId", event.customerId().value());
				return new AuditTrail.Change("revisit.cancelled", "revisit", revisit.get("id"), before,
						Map.of("status", "CANCELLED", "cancelReason", REASON));
			}).toList());
		});
	}
}
