package org.clientcare.remediation.internal;

import java.math.BigDecimal;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Permission;
import org.clientcare.remediation.Remediation;
import org.clientcare.shared.Amounts;

import org.springframework.stereotype.Component;

/**
 * The refund of a mis-sold policy (销售误导退费): decided like a complaint's compensation (§10), by a checker with
 * {@link Permission#APPROVE_COMPENSATION} who is not the maker; the decision is recorded on the remediation.
 */
@Component
public class RefundApproval extends TypedApprovalHandler<RefundApproval.Payload> {

	public static final String TYPE = "remediation.refund";

	private final Remediations remediations;

	private final AuditTrail audit;

	RefundApproval(Remediations remediations, AuditTrail audit) {
		super(TYPE, Payload.class, Permission.APPROVE_COMPENSATION);
		this.remediations = remediations;
		this.audit = audit;
	}

	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { Long.toString(payload.remediationId()), Amounts.format(payload.amount()) };
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		decide(payload, Remediation.RefundStatus.APPROVED);
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		decide(payload, Remediation.RefundStatus.REJECTED);
	}

	private void decide(Payload payload, Remediation.RefundStatus status) {
		remediations.lock(payload.remediationId()).orElseThrow();
		remediations.refund(payload.remediationId(), status, null);
		audit.record("remediation.refund-decided", "remediation", payload.remediationId(),
				java.util.Map.of("refundStatus", "PENDING"), java.util.Map.of("refundStatus", status.name()));
	}

	/** What is approved: a refund of a remediation. */
	public record Payload(long remediationId, BigDecimal amount) {
	}
}
