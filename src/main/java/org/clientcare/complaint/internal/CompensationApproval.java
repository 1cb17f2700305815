package org.clientcare.complaint.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.shared.Amounts;
import org.clientcare.shared.CurrentActor;

import org.springframework.stereotype.Component;

/** Compensation from the customer protection fund (补偿): paid only once a checker approves it. */
@Component
public class CompensationApproval extends TypedApprovalHandler<CompensationApproval.Payload> {

	public static final String TYPE = "complaint.compensation";

	private final Complaints complaints;

	private final Clock clock;

	CompensationApproval(Complaints complaints, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_COMPENSATION);
		this.complaints = complaints;
		this.clock = clock;
	}

	/** {@code 投诉 TS…：补偿 36,000.00 元}: the complaint's number is the start of the stored summary. */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { request.summary().split(": ", 2)[0], Amounts.format(payload.amount()) };
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		decide(payload, "APPROVED", "COMPENSATION_APPROVED");
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		decide(payload, "REJECTED", "COMPENSATION_REJECTED");
	}

	private void decide(Payload payload, String status, String kind) {
		var row = complaints.find(payload.complaintId(), ComplaintScope.Filter.all()).orElseThrow();
		complaints.update(row.id(), row.version(), Map.of("compensation_status", status), clock.instant());
		complaints.event(row.id(), clock.instant(), CurrentActor.get().username(), kind,
				payload.amount().toPlainString() + " CNY", false);
	}

	/** What is approved: an amount for a complaint. */
	public record Payload(long complaintId, BigDecimal amount) {
	}
}
