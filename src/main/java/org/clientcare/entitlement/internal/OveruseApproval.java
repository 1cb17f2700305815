package org.clientcare.entitlement.internal;

import java.time.Clock;
import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.entitlement.UseStatus;
import org.clientcare.identity.Permission;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A use of an entitlement beyond its yearly quota (超额使用), once a checker decides: approved, it counts as used;
 * rejected, it is refused and counts for nothing. Audited.
 */
@Component
public class OveruseApproval extends TypedApprovalHandler<OveruseApproval.Payload> {

	public static final String TYPE = "entitlement.overuse";

	private final Uses uses;

	private final AuditTrail audit;

	private final Clock clock;

	OveruseApproval(Uses uses, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_ENTITLEMENT_OVERUSE);
		this.uses = uses;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		decide(payload, UseStatus.RECORDED, request);
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		decide(payload, UseStatus.REJECTED, request);
	}

	private void decide(Payload payload, UseStatus decision, ApprovalRequest request) {
		if (uses.decide(payload.useId(), decision, clock.instant())) {
			audit.record("entitlement.overuse-decided", "customer", payload.customerId(),
					Map.of("use", payload.useId(), "status", UseStatus.PENDING_APPROVAL.name()),
					Map.of("use", payload.useId(), "status", decision.name(), "approval", request.id()));
		}
	}

	/** "客户 C000123：机场贵宾厅，超出 2026 年额度 12 次". */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return new Object[] { payload.customerNo(), english ? payload.nameEn() : payload.nameZh(),
				Integer.toString(payload.year()), payload.quota() };
	}

	/** Which use of which customer's entitlement, its names, the quota it goes beyond and the year. */
	public record Payload(long useId, long customerId, String customerNo, String code, String nameZh, String nameEn,
			Integer quota, int year) {
	}
}
