package org.clientcare.vip.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.ApprovalStatus;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Permission;
import org.clientcare.vip.CandidateStatus;
import org.clientcare.vip.VipLevel;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A mid-year change to a list in force (a downgrade on bad credit, an upgrade, a removal, an addition), once a
 * head-office checker decides: approved, the member's level changes from that day (an addition becomes a member, a
 * removal leaves the list); rejected, nothing changes (an addition stays off the list). Audited.
 */
@Component
public class ChangeApproval extends TypedApprovalHandler<ChangeApproval.Payload> {

	public static final String TYPE = "vip.change";

	private final Programmes programmes;

	private final AuditTrail audit;

	private final Clock clock;

	ChangeApproval(Programmes programmes, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_VIP_PROGRAMME);
		this.programmes = programmes;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		if (!programmes.decideChange(payload.changeId(), ApprovalStatus.APPROVED, request.decidedAt())) {
			return;
		}
		String event;
		if (payload.toLevel() == null) {
			programmes.settle(payload.year(), payload.customerId(), CandidateStatus.REMOVED, null, null);
			event = "REMOVED";
		}
		else if (payload.fromLevel() == null) {
			programmes.settle(payload.year(), payload.customerId(), CandidateStatus.MEMBER, payload.toLevel(),
					LocalDate.ofInstant(request.decidedAt(), clock.getZone()));
			event = "ADMITTED";
		}
		else {
			programmes.settle(payload.year(), payload.customerId(), CandidateStatus.MEMBER, payload.toLevel(), null);
			event = "CHANGED";
		}
		programmes.history(payload.year(), payload.customerId(), request.decidedAt(), event, payload.fromLevel(),
				payload.toLevel(), request.decidedBy(), request.id(), request.reason());
		record(payload, request, ApprovalStatus.APPROVED);
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		if (!programmes.decideChange(payload.changeId(), ApprovalStatus.REJECTED, request.decidedAt())) {
			return;
		}
		if (payload.fromLevel() == null) {
			programmes.settle(payload.year(), payload.customerId(), CandidateStatus.EXCLUDED, null, null);
		}
		programmes.history(payload.year(), payload.customerId(), request.decidedAt(), "CHANGE_REJECTED",
				payload.fromLevel(), payload.toLevel(), request.decidedBy(), request.id(), request.decisionNote());
		record(payload, request, ApprovalStatus.REJECTED);
	}

	private void record(Payload payload, ApprovalRequest request, ApprovalStatus decision) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("year", payload.year());
		after.put("change", payload.changeId());
		after.put("from", payload.fromLevel() == null ? "-" : payload.fromLevel().name());
		after.put("to", payload.toLevel() == null ? "-" : payload.toLevel().name());
		after.put("status", decision.name());
		after.put("approval", request.id());
		audit.record("vip.change-decided", "customer", payload.customerId(), Map.of("status", "PENDING"), after,
				request.decisionNote());
	}

	/** "2026 年度VIP，客户 C000123：钻石 → 金". */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { Integer.toString(payload.year()), payload.customerNo(), label(payload.fromLevel()),
				label(payload.toLevel()) };
	}

	private static DefaultMessageSourceResolvable label(VipLevel level) {
		return new DefaultMessageSourceResolvable("vip.level." + (level == null ? "NONE" : level.name()));
	}

	/** Which change of which customer's level in which year: from → to (null: not on the list). */
	public record Payload(long changeId, int year, long customerId, String customerNo, VipLevel fromLevel,
			VipLevel toLevel) {
	}
}
