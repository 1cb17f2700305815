package org.clientcare.tiering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.tiering.Tier;

import org.springframework.stereotype.Component;

/**
 * A manual tier override (人工调整, e.g. a strategic customer) once a checker approves it: the tier in force until
 * its end date, whatever the rules compute; audited and published as a tier change.
 */
@Component
public class OverrideApproval extends TypedApprovalHandler<OverrideApproval.Payload> {

	public static final String TYPE = "tiering.override";

	private final Tiers tiers;

	private final TieringRun run;

	private final AuditTrail audit;

	private final Clock clock;

	OverrideApproval(Tiers tiers, TieringRun run, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_TIER_OVERRIDE);
		this.tiers = tiers;
		this.run = run;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		// The rules' tier first, so that the row exists and the override's end falls back to an up-to-date tier.
		run.one(payload.customerId());
		Tier before = tiers.find(payload.customerId()).map(Tiers.TierRow::tier).orElse(null);
		var change = tiers.override(payload.customerId(), payload.tier(), payload.until(), payload.reason(), request.id(),
				clock.instant());
		run.publish(change.stream().toList());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("tier", payload.tier().name());
		after.put("until", payload.until() == null ? "-" : payload.until().toString());
		after.put("approval", request.id());
		Map<String, Object> previous = new LinkedHashMap<>();
		previous.put("tier", before == null ? "-" : before.name());
		audit.record("tiering.override-applied", "customer", payload.customerId(), previous, after, payload.reason());
	}

	/** "客户 C000123：调整为 黄金（至 2027-06-30）": the customer's number is the start of the stored summary. */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { request.summary().split(": ", 2)[0],
				new org.springframework.context.support.DefaultMessageSourceResolvable("tier." + payload.tier().name()),
				payload.until() == null
						? new org.springframework.context.support.DefaultMessageSourceResolvable("approval.override.untilRevoked")
						: new org.springframework.context.support.DefaultMessageSourceResolvable(
								new String[] { "approval.override.until" }, new Object[] { payload.until().toString() }) };
	}

	/** Which customer gets which tier until when (inclusive; null: until revoked), and why. */
	public record Payload(long customerId, Tier tier, String reason, LocalDate until) {
	}
}
