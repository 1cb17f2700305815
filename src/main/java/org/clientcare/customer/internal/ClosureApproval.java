package org.clientcare.customer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.clientcare.identity.Permission;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.customer.CustomerChanged;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerStatusChanged;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Closing a customer (销户) once a checker approves: the customer must not have changed since the request. */
@Component
public class ClosureApproval extends TypedApprovalHandler<ClosureApproval.Payload> {

	public static final String TYPE = "customer.closure";

	private final Customers customers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClosureApproval(Customers customers, ApplicationEventPublisher events, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_CUSTOMER_CLOSURE);
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		CustomerRow row = customers.find(payload.customerId(), org.clientcare.customer.CustomerScope.everyone()).orElseThrow();
		Instant closedAt = clock.instant();
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", CustomerStatus.CLOSED.name());
		columns.put("closed_at", Timestamp.from(closedAt));
		if (row.version() != payload.version() || !customers.update(row.id(), row.version(), columns, closedAt)) {
			throw new StaleVersion("Customer " + row.customerNo());
		}
		CustomerId id = new CustomerId(row.id());
		events.publishEvent(new CustomerChanged(id, Set.of("status")));
		events.publishEvent(new CustomerStatusChanged(id, CustomerStatus.valueOf(row.status()), CustomerStatus.CLOSED,
				closedAt));
	}

	/** The customer to close, at the version the maker saw. */
	public record Payload(long customerId, long version) {
	}
}
