package org.clientcare.vip.internal;

import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.ApprovalStatus;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Permission;

import org.springframework.stereotype.Component;

/**
 * An executive's personal VIP card (高管个人贵宾卡) for a VIP customer, approved as its own request by head office:
 * approved, the card is issued; rejected, it is refused. Audited.
 */
@Component
public class CardApproval extends TypedApprovalHandler<CardApproval.Payload> {

	public static final String TYPE = "vip.card";

	private final Programmes programmes;

	private final AuditTrail audit;

	CardApproval(Programmes programmes, AuditTrail audit) {
		super(TYPE, Payload.class, Permission.APPROVE_VIP_PROGRAMME);
		this.programmes = programmes;
		this.audit = audit;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		decide(payload, request, ApprovalStatus.APPROVED);
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		decide(payload, request, ApprovalStatus.REJECTED);
	}

	private void decide(Payload payload, ApprovalRequest request, ApprovalStatus decision) {
		if (programmes.decideCard(payload.cardId(), decision, request.decidedAt())) {
			programmes.history(payload.year(), payload.customerId(), request.decidedAt(), "CARD_" + decision.name(), null,
					null, request.decidedBy(), request.id(), payload.holderTitle());
			audit.record("vip.card-decided", "customer", payload.customerId(), Map.of("card", payload.cardId(), "status",
					"PENDING"), Map.of("card", payload.cardId(), "status", decision.name(), "approval", request.id()),
					request.decisionNote());
		}
	}

	/** "2026 年度VIP，客户 C000123：为 财务总监 办理个人贵宾卡". */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { Integer.toString(payload.year()), payload.customerNo(), payload.holderTitle() };
	}

	/** Which card of which customer in which year, for which executive's title. */
	public record Payload(long cardId, int year, long customerId, String customerNo, String holderTitle) {
	}
}
