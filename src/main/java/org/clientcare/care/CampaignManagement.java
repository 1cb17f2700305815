package org.clientcare.care;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.care.internal.CampaignApproval;
import org.clientcare.care.internal.Campaigns;
import org.clientcare.care.internal.SegmentResolver;
import org.clientcare.care.internal.Segments;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerScope;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.NotificationStatus;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (营销/服务活动, SPEC §8): branch managers (their subtree) and administrators build a segment, see its audience
 * and who is left out and why, write the text per language and submit the campaign; compliance approves it through
 * the maker-checker (its maker never), and the {@code campaigns} job sends it from {@code sendAt} on, outside quiet
 * hours, throttled. Compliance and administrators see every campaign, branch managers those of their subtree; anyone
 * else finds none (404).
 */
@Service
public class CampaignManagement {

	private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

	private final Campaigns campaigns;

	private final Segments segments;

	private final SegmentResolver resolver;

	private final ApprovalManagement approvals;

	private final NotificationManagement notifications;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final Clock clock;

	private final CustomerManagement customers;

	CampaignManagement(Campaigns campaigns, Segments segments, SegmentResolver resolver, ApprovalManagement approvals,
			NotificationManagement notifications, IdentityManagement identity, Authorization authorization,
			AuditTrail audit, Clock clock, CustomerManagement customers) {
		this.customers = customers;
		this.campaigns = campaigns;
		this.segments = segments;
		this.resolver = resolver;
		this.approvals = approvals;
		this.notifications = notifications;
		this.identity = identity;
		this.authorization = authorization;
		this.audit = audit;
		this.clock = clock;
	}

	/** The audience of a segment for a purpose and channel, within the caller's reach (the live count of the builder). */
	@Transactional(readOnly = true)
	public Audience preview(Segment segment, CampaignPurpose purpose, Channel channel) {
		long unit = requireReader();
		if (purpose == null || channel == null) {
			throw InvalidInput.of(purpose == null ? "purpose" : "channel", "required", "Purpose and channel are needed");
		}
		return segments.count(resolver.resolve(segment, unit), purpose == CampaignPurpose.MARKETING, channel,
				clock.instant());
	}

	/**
	 * Who a segment leaves out and why, one page at a time in customer id order: the customers of the preview's
	 * exclusions the caller's data scope reaches, with their number and name, and only those of {@code reason}
	 * ({@code noConsent}, {@code optedOut}, {@code coolingOff}, {@code restricted}) when given.
	 *
	 * @throws InvalidInput naming {@code purpose}, {@code channel}, {@code reason} or {@code segment.<list>}
	 */
	@Transactional(readOnly = true)
	public ResultPage<ExcludedCustomer> excluded(Segment segment, CampaignPurpose purpose, Channel channel,
			String reason, int page, int size) {
		long unit = requireReader();
		if (purpose == null || channel == null) {
			throw InvalidInput.of(purpose == null ? "purpose" : "channel", "required", "Purpose and channel are needed");
		}
		String wanted = reason == null || reason.isBlank() ? null : reason.strip();
		if (wanted != null && !ExcludedCustomer.REASONS.contains(wanted)) {
			throw InvalidInput.of("reason", "unknown", "One of noConsent, optedOut, coolingOff, restricted");
		}
		Segments.Resolved resolved = resolver.resolve(segment, unit);
		boolean marketing = purpose == CampaignPurpose.MARKETING;
		Instant now = clock.instant();
		CustomerScope scope = customers.scope();
		List<Segments.Left> left = segments.excluded(resolved, marketing, channel, now, wanted, scope, page, size);
		Map<CustomerId, CustomerRef> refs = customers.refs(left.stream().map(l -> new CustomerId(l.id())).toList());
		List<ExcludedCustomer> content = left.stream().map(l -> {
			CustomerRef ref = refs.get(new CustomerId(l.id()));
			return new ExcludedCustomer(l.id(), ref == null ? null : ref.customerNo(), ref == null ? null : ref.name(),
					l.reason());
		}).toList();
		return new ResultPage<>(content, page, size,
				segments.countExcluded(resolved, marketing, channel, now, wanted, scope));
	}

	/**
	 * Drafts a campaign of the caller's org unit and counts its audience; audited.
	 *
	 * @throws InvalidInput naming the field: {@code name}, {@code purpose}, {@code channel}, {@code template},
	 *                      {@code segment.<list>}
	 */
	@Transactional
	public Campaign create(CreateCampaign command) {
		Actor actor = CurrentActor.get();
		authorization.require(Permission.CAMPAIGN_WRITE);
		if (actor.orgUnitId() == null) {
			throw new Forbidden("staff-only", "A campaign is made by a staff member of an org unit");
		}
		authorization.require(Permission.CAMPAIGN_WRITE, Target.unit(actor.orgUnitId()));
		InvalidInput.Collector errors = new InvalidInput.Collector();
		if (command.name() == null || command.name().isBlank() || command.name().length() > 200) {
			errors.add("name", "required", "A name of up to 200 characters");
		}
		if (command.purpose() == null) {
			errors.add("purpose", "required", "MARKETING or SERVICE");
		}
		if (command.channel() == null) {
			errors.add("channel", "required", "SMS, EMAIL or WECHAT");
		}
		Map<String, String> templates = templates(command.template(), errors);
		errors.throwIfAny();
		Segment segment = command.segment() == null ? Segment.everyone() : command.segment();
		Instant now = clock.instant();
		Audience audience = segments.count(resolver.resolve(segment, actor.orgUnitId()),
				command.purpose() == CampaignPurpose.MARKETING, command.channel(), now);
		long id = campaigns.insert(command.name().strip(), command.purpose(), command.channel(), segment, templates,
				command.sendAt() == null ? null : command.sendAt().toInstant(), actor.orgUnitId(), audience,
				actor.username(), now);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("name", command.name().strip());
		state.put("purpose", command.purpose().name());
		state.put("channel", command.channel().name());
		state.put("audience", audience.audience());
		audit.record("campaign.created", "campaign", id, null, state);
		return get(id);
	}

	/**
	 * Submits a draft (or a rejected) campaign to compliance, with its audience counted again: the approval request.
	 *
	 * @throws Conflict when the campaign is neither a draft nor rejected, or already waits for a decision
	 */
	@Transactional
	public ApprovalRequest submit(long id, String reason) {
		Campaigns.Row row = require(id);
		authorization.require(Permission.CAMPAIGN_WRITE, Target.unit(row.orgUnitId()));
		Instant now = clock.instant();
		if (!campaigns.move(id, CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, now)
				&& !campaigns.move(id, CampaignStatus.REJECTED, CampaignStatus.SUBMITTED, now)) {
			throw new Conflict("campaign-not-draft", "Only a draft or a rejected campaign is submitted");
		}
		Audience audience = segments.count(resolver.resolve(row.segment(), row.orgUnitId()),
				row.purpose() == CampaignPurpose.MARKETING, row.channel(), now);
		campaigns.counted(id, audience);
		ApprovalRequest request = approvals.request(CampaignApproval.TYPE, new CampaignApproval.Payload(id), "campaign",
				String.valueOf(id), row.orgUnitId(), "Campaign " + row.name() + " to " + audience.audience() + " customers",
				reason == null || reason.isBlank() ? "Campaign for compliance review" : reason);
		campaigns.submitted(id, request.id());
		audit.record("campaign.submitted", "campaign", id, Map.of("status", row.status().name()),
				Map.of("status", "SUBMITTED", "approvalId", request.id()));
		return request;
	}

	/** One campaign with its delivery figures (404 when the caller does not see it). */
	@Transactional(readOnly = true)
	public Campaign get(long id) {
		return view(require(id));
	}

	/**
	 * The campaigns the caller sees, newest first. The page and its count are read from one snapshot (repeatable read):
	 * campaigns are drafted while others read the list, and a page read before one and a count read after it would not
	 * agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<Campaign> list(int page, int size) {
		requireReader();
		Set<Long> units = reach();
		return new ResultPage<>(campaigns.list(units, page, size).stream().map(this::view).toList(), page, size,
				campaigns.count(units));
	}

	/**
	 * The org units, account managers and products the caller's segment builder offers: those of the subtree of the
	 * caller's org unit, where the caller's campaigns reach.
	 */
	@Transactional(readOnly = true)
	public SegmentChoices segmentChoices(java.util.Locale locale) {
		return resolver.choices(requireReader(), locale);
	}

	/** Whether the current user may prepare campaigns (for pages). */
	public boolean mayWrite() {
		return authorization.can(Permission.CAMPAIGN_WRITE);
	}

	/** Whether the current user sees campaigns at all (for pages). */
	public boolean mayRead() {
		return authorization.can(Permission.CAMPAIGN_WRITE) || authorization.can(Permission.APPROVE_CAMPAIGN);
	}

	private Campaign view(Campaigns.Row row) {
		Map<NotificationStatus, Long> outbox = notifications.countsByEventKeyPrefix("care-campaign:" + row.id() + ":");
		long sent = outbox.getOrDefault(NotificationStatus.SENT, 0L);
		long failed = outbox.getOrDefault(NotificationStatus.FAILED, 0L) + outbox.getOrDefault(NotificationStatus.DEAD, 0L);
		String unit = identity.orgUnit(row.orgUnitId()).map(OrgUnit::code).orElse(null);
		return new Campaign(row.id(), row.name(), row.purpose(), row.channel(), row.segment(), row.templates(),
				row.sendAt(), unit, row.status(), row.audience(), row.excluded(), row.approvalId(), row.createdBy(),
				row.createdAt(), row.decidedAt(), row.finishedAt(), campaigns.queued(row.id()), sent, failed,
				segments.optedOutAfter(row.id(), row.channel()));
	}

	private Campaigns.Row require(long id) {
		Campaigns.Row row = campaigns.find(id).orElseThrow(() -> new NotFound("Campaign", id));
		boolean sees = authorization.can(Permission.APPROVE_CAMPAIGN)
				|| authorization.can(Permission.CAMPAIGN_WRITE, Target.unit(row.orgUnitId()));
		if (!sees) {
			throw new NotFound("Campaign", id);
		}
		return row;
	}

	/** The org units whose campaigns the caller sees; {@code null}: all. */
	private Set<Long> reach() {
		if (authorization.can(Permission.APPROVE_CAMPAIGN)) {
			return null;
		}
		Actor actor = CurrentActor.get();
		return actor.orgUnitId() == null ? Set.of() : identity.subtree(actor.orgUnitId());
	}

	private long requireReader() {
		if (!mayRead()) {
			throw new Forbidden("campaigns-forbidden", "Only branch managers, compliance and administrators see campaigns");
		}
		Long unit = CurrentActor.get().orgUnitId();
		if (unit == null) {
			throw new Forbidden("staff-only", "Campaigns are seen by staff of an org unit");
		}
		return unit;
	}

	private static Map<String, String> templates(Map<String, String> given, InvalidInput.Collector errors) {
		Map<String, String> templates = new LinkedHashMap<>();
		if (given != null) {
			given.forEach((language, text) -> {
				if (text != null && !text.isBlank()) {
					templates.put(language, text.strip());
				}
			});
		}
		if (templates.isEmpty() || !templates.keySet().stream().allMatch(LANGUAGES::contains)
				|| templates.values().stream().anyMatch(t -> t.length() > 1000)) {
			errors.add("template", "invalid", "A text of up to 1000 characters per language, zh-CN or en");
		}
		return templates;
	}
}
