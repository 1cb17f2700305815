package org.clientcare.care.internal;

import java.time.Clock;
import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.audit.AuditTrail;
import org.clientcare.care.CampaignStatus;
import org.clientcare.identity.Permission;
import org.clientcare.shared.problem.Conflict;

import org.springframework.stereotype.Component;

/**
 * Compliance review of a campaign (营销内容合规审核): compliance (or an administrator) approves a submitted campaign —
 * never its maker — and it may send from its time on; a rejection stops it (it may be changed and submitted again).
 */
@Component
public class CampaignApproval extends TypedApprovalHandler<CampaignApproval.Payload> {

	public static final String TYPE = "care.campaign";

	private final Campaigns campaigns;

	private final AuditTrail audit;

	private final Clock clock;

	CampaignApproval(Campaigns campaigns, AuditTrail audit, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_CAMPAIGN);
		this.campaigns = campaigns;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		decide(payload, CampaignStatus.APPROVED, "campaign.approved");
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		decide(payload, CampaignStatus.REJECTED, "campaign.rejected");
	}

	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return campaigns.find(payload.campaignId()).map(c -> new Object[] { c.name(), c.audience() }).orElse(null);
	}

	private void decide(Payload payload, CampaignStatus to, String action) {
		if (!campaigns.move(payload.campaignId(), CampaignStatus.SUBMITTED, to, clock.instant())) {
			throw new Conflict("campaign-not-submitted", "The campaign is no longer waiting for this decision");
		}
		audit.record(action, "campaign", payload.campaignId(), Map.of("status", "SUBMITTED"), Map.of("status", to.name()));
	}

	/** Which campaign to decide. */
	public record Payload(long campaignId) {
	}
}
