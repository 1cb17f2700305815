package org.clientcare.assignment.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.assignment.AssignmentSettings;
import org.clientcare.assignment.AssignmentSource;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Conflict;

import org.springframework.stereotype.Component;

/**
 * Bulk reassignment (批量移交): once a checker approves, every customer still with the old manager moves to the new
 * one in one statement, each with a history row naming the approval request.
 */
@Component
public class BulkReassignment extends TypedApprovalHandler<BulkReassignment.Payload> {

	public static final String TYPE = "assignment.bulk";

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final Assignments history;

	private final AssignmentSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	BulkReassignment(CustomerManagement customers, IdentityManagement identity, Assignments history,
			AssignmentSettings settings, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_BULK_REASSIGNMENT);
		this.customers = customers;
		this.identity = identity;
		this.history = history;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		StaffUser from = identity.user(payload.fromManagerId()).orElseThrow();
		StaffUser to = identity.user(payload.toManagerId()).filter(u -> u.enabled() && u.role() == Role.ACCOUNT_MANAGER)
			.orElseThrow(() -> new Conflict("manager-gone", "The new account manager is no longer active"));
		List<CustomerId> ids = customers.managedBy(from.id()).stream().map(CustomerId::new).toList();
		List<CustomerId> moved = customers.changeManager(ids, from.id(), to.id());
		history.record(moved.stream().map(CustomerId::value).toList(), from.username(), to.username(), payload.reason(),
				payload.source(), settings.attribution(payload.source()), request.requestedBy(), request.id(),
				clock.instant());
		audit.record("assignment.bulk-applied", "approval", request.id(), Map.of("manager", from.username()),
				Map.of("manager", to.username(), "customers", moved.size(), "source", payload.source().name()),
				payload.reason());
	}

	/** Whose customers move to whom, why and from which source. */
	public record Payload(long fromManagerId, long toManagerId, String reason, AssignmentSource source) {
	}
}
