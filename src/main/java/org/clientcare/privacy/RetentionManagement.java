package org.clientcare.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerAnonymiser;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.DataCategory;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.privacy.internal.RetentionCandidates;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (SPEC §11), per category of data ({@link DataCategory}, each with its period: {@link #periods()}): once a
 * category's period after the end of the relationship has passed, the {@code retention} job scrubs that category —
 * the modules' parts of it — for customers without a legal hold; when the longest has passed, the customer is
 * anonymised as a whole (the customer record, its search hashes, and every category left), irreversibly, chunk by chunk
 * in set-based statements; a second run finds nobody. Identity data and transaction records are kept at least 10 years
 * (AML law 2024 Art. 34). Other modules join the job with their {@code JobStep}s (the dual recordings past their
 * product's retention and any dispute). The dry run lists who would be scrubbed of what, who is kept, and why.
 * Compliance sets and releases legal holds; administrators change the periods (audited).
 */
@Service
public class RetentionManagement {

	private final RetentionCandidates candidates;

	private final CustomerAnonymiser anonymiser;

	private final CustomerManagement customers;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final PrivacySettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	private final org.springframework.modulith.events.CompletedEventPublications publications;

	RetentionManagement(RetentionCandidates candidates, CustomerAnonymiser anonymiser, CustomerManagement customers,
			Authorization authorization, AuditTrail audit, PrivacySettings settings, PlatformSettings platform, Clock clock,
			org.springframework.modulith.events.CompletedEventPublications publications) {
		this.publications = publications;
		this.candidates = candidates;
		this.anonymiser = anonymiser;
		this.customers = customers;
		this.authorization = authorization;
		this.audit = audit;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	/** The dry run over every category; see {@link #dryRun(int, DataCategory)}. */
	@Transactional(readOnly = true)
	public List<RetentionCandidate> dryRun(int limit) {
		return dryRun(limit, null);
	}

	/**
	 * The dry run: for each category that goes early, the customers whose period of it has passed, then the customers
	 * who go as a whole — with what the job would do and why (at most {@code limit}; one category when given).
	 */
	@Transactional(readOnly = true)
	public List<RetentionCandidate> dryRun(int limit, DataCategory only) {
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE);
		RetentionPeriods periods = periods();
		LocalDate today = today();
		List<RetentionCandidate> list = new ArrayList<>();
		for (DataCategory category : DataCategory.values()) {
			if (category == DataCategory.IDENTITY || !periods.goesEarly(category) || only != null && only != category) {
				continue;
			}
			List<String> parts = anonymiser.partsOf(category);
			long after = 0;
			while (list.size() < limit) {
				var chunk = candidates.dueForCategory(category.key(), cutoff(periods.of(category), today),
						cutoff(periods.longest(), today), after, Math.min(settings.retentionChunk(), limit - list.size()));
				chunk.forEach(c -> list.add(view(c, periods.of(category), today, category, parts)));
				if (chunk.isEmpty()) {
					break;
				}
				after = chunk.get(chunk.size() - 1).customerId();
			}
		}
		if (only == null || only == DataCategory.IDENTITY) {
			List<String> parts = new ArrayList<>(anonymiser.partsOf(DataCategory.IDENTITY));
			for (DataCategory category : DataCategory.values()) {
				if (category != DataCategory.IDENTITY) {
					parts.addAll(anonymiser.partsOf(category));
				}
			}
			long after = 0;
			while (list.size() < limit) {
				var chunk = candidates.closedBefore(cutoff(periods.longest(), today), after,
						Math.min(settings.retentionChunk(), limit - list.size()));
				chunk.forEach(c -> list.add(view(c, periods.longest(), today, DataCategory.IDENTITY, parts)));
				if (chunk.isEmpty()) {
					break;
				}
				after = chunk.get(chunk.size() - 1).customerId();
			}
		}
		return list;
	}

	/**
	 * One page of the dry run of {@link #dryRun(int, DataCategory)}, in the same order (each category that goes early,
	 * then the customers who go as a whole; by customer id within each), with how many candidates there are in all.
	 */
	@Transactional(readOnly = true)
	public ResultPage<RetentionCandidate> dryRun(int page, int size, DataCategory only) {
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE);
		RetentionPeriods periods = periods();
		LocalDate today = today();
		long skip = (long) page * size;
		long total = 0;
		List<RetentionCandidate> content = new ArrayList<>();
		for (DataCategory category : DataCategory.values()) {
			if (category == DataCategory.IDENTITY || !periods.goesEarly(category) || only != null && only != category) {
				continue;
			}
			Instant cutoff = cutoff(periods.of(category), today);
			Instant whole = cutoff(periods.longest(), today);
			long count = candidates.countDueForCategory(category.key(), cutoff, whole);
			if (content.size() < size && skip < total + count) {
				List<String> parts = anonymiser.partsOf(category);
				candidates.dueForCategoryFrom(category.key(), cutoff, whole, Math.max(0, skip - total), size - content.size())
					.forEach(c -> content.add(view(c, periods.of(category), today, category, parts)));
			}
			total += count;
		}
		if (only == null || only == DataCategory.IDENTITY) {
			Instant cutoff = cutoff(periods.longest(), today);
			long count = candidates.countClosedBefore(cutoff);
			if (content.size() < size && skip < total + count) {
				List<String> parts = new ArrayList<>(anonymiser.partsOf(DataCategory.IDENTITY));
				for (DataCategory category : DataCategory.values()) {
					if (category != DataCategory.IDENTITY) {
						parts.addAll(anonymiser.partsOf(category));
					}
				}
				candidates.closedBeforeFrom(cutoff, Math.max(0, skip - total), size - content.size())
					.forEach(c -> content.add(view(c, periods.longest(), today, DataCategory.IDENTITY, parts)));
			}
			total += count;
		}
		return new ResultPage<>(content, page, size, total);
	}

	/**
	 * The job's work, in the job's transaction: scrubs each category that goes early for the customers past its period,
	 * then anonymises as a whole every customer past the longest; none with a legal hold. Answers the counts per
	 * category and module.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> run() {
		RetentionPeriods periods = periods();
		LocalDate today = today();
		Map<String, Object> counts = new LinkedHashMap<>();
		long held = 0;
		for (DataCategory category : DataCategory.values()) {
			if (category == DataCategory.IDENTITY || !periods.goesEarly(category)) {
				continue;
			}
			Map<String, Object> scrubbed = new LinkedHashMap<>();
			long customers = 0;
			long after = 0;
			while (true) {
				var chunk = candidates.dueForCategory(category.key(), cutoff(periods.of(category), today),
						cutoff(periods.longest(), today), after, settings.retentionChunk());
				if (chunk.isEmpty()) {
					break;
				}
				List<CustomerId> due = chunk.stream().filter(c -> !c.held()).map(c -> new CustomerId(c.customerId())).toList();
				held += chunk.size() - due.size();
				if (!due.isEmpty()) {
					anonymiser.anonymise(category, due).forEach((key, value) -> scrubbed.merge(key, value,
							(a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
					candidates.applied(category.key(), due.stream().map(CustomerId::value).toList(), clock.instant());
					customers += due.size();
				}
				after = chunk.get(chunk.size() - 1).customerId();
			}
			scrubbed.put("customers", customers);
			counts.put(category.key(), scrubbed);
		}
		long after = 0;
		while (true) {
			var chunk = candidates.closedBefore(cutoff(periods.longest(), today), after, settings.retentionChunk());
			if (chunk.isEmpty()) {
				break;
			}
			List<CustomerId> due = chunk.stream().filter(c -> !c.held()).map(c -> new CustomerId(c.customerId())).toList();
			held += chunk.size() - due.size();
			if (!due.isEmpty()) {
				anonymiser.anonymise(due).forEach((key, value) -> counts.merge(key, value,
						(a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
			}
			after = chunk.get(chunk.size() - 1).customerId();
		}
		counts.putIfAbsent("customers", 0);
		counts.put("held", held);
		if (((Number) counts.get("customers")).longValue() > 0) {
			// the event registry keeps a copy of each event after its listeners are done (a case's title, a complaint's
			// content): those copies go too, as nothing reads a completed publication
			// (the registry deletes those completed before now minus the duration: a second ahead takes all of them)
			publications.deletePublicationsOlderThan(java.time.Duration.ofSeconds(-1));
		}
		return counts;
	}

	/** The retention period of each category now: the configured defaults, with the changes made at run time. */
	@Transactional(readOnly = true)
	public RetentionPeriods periods() {
		Map<DataCategory, java.time.Period> periods = new java.util.EnumMap<>(settings.defaultRetention());
		candidates.settings().forEach((key, period) -> DataCategory.ofKey(key)
			.ifPresent(category -> periods.put(category, java.time.Period.parse(period))));
		return new RetentionPeriods(periods);
	}

	/**
	 * Changes the periods of some categories (administrators; audited as {@code retention.settings-changed} with the
	 * reason): {@code changes} maps a category's key to an ISO-8601 period. Identity data and transaction records
	 * below 10 years, an unknown category or a malformed period is 400 naming {@code retention.<key>}; nothing is
	 * written then. They apply from the job's next run.
	 */
	@Transactional
	public RetentionPeriods changePeriods(Map<String, String> changes, String reason) {
		authorization.require(Permission.ADMINISTER);
		if (changes == null || changes.isEmpty()) {
			throw InvalidInput.of("retention", "required", "Give the period of at least one category");
		}
		RetentionPeriods before = periods();
		RetentionPeriods after = before.with(changes);
		Map<String, Object> was = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		for (DataCategory category : DataCategory.values()) {
			if (!before.of(category).equals(after.of(category))) {
				candidates.saveSetting(category.key(), after.of(category).toString(), clock.instant(),
						CurrentActor.get().username());
				was.put(category.key(), before.of(category).toString());
				now.put(category.key(), after.of(category).toString());
			}
		}
		if (!now.isEmpty()) {
			audit.record("retention.settings-changed", "retention-settings", "retention", was, now,
					reason == null || reason.isBlank() ? null : reason.strip());
		}
		return after;
	}

	/** Sets a legal hold on a customer: the retention job keeps it until the hold is released. */
	@Transactional
	public long hold(long customerId, String reason) {
		CustomerRef customer = customers.requireVisible(new CustomerId(customerId));
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE, Target.customer(customer.orgUnitId(), customer.managerId()));
		if (reason == null || reason.strip().length() < 2) {
			throw InvalidInput.of("reason", "required", "Say why the customer's data must be kept");
		}
		long id = candidates.hold(customerId, reason.strip(), clock.instant(), CurrentActor.get().username());
		audit.record("customer.legal-hold-set", "customer", customerId, null, Map.of("hold", id), reason.strip());
		return id;
	}

	/** The legal holds that stand on the customers the caller sees, newest first. */
	@Transactional(readOnly = true)
	public List<LegalHold> activeHolds() {
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE);
		List<RetentionCandidates.Hold> holds = candidates.activeHolds();
		Map<CustomerId, CustomerRef> visible = customers.visible(holds.stream().map(h -> new CustomerId(h.customerId())).toList());
		return holds.stream().filter(h -> visible.containsKey(new CustomerId(h.customerId())))
			.map(h -> new LegalHold(h.id(), h.customerId(), visible.get(new CustomerId(h.customerId())).customerNo(),
					h.reason(), h.setAt(), h.setBy()))
			.toList();
	}

	/** Releases a legal hold (a released one stays so); the retention job may then anonymise the customer. */
	@Transactional
	public void release(long holdId) {
		long customerId = candidates.holdCustomer(holdId).orElseThrow(() -> new NotFound("Legal hold", holdId));
		CustomerRef customer = customers.requireVisible(new CustomerId(customerId));
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE, Target.customer(customer.orgUnitId(), customer.managerId()));
		if (candidates.release(holdId, clock.instant(), CurrentActor.get().username())) {
			audit.record("customer.legal-hold-released", "customer", customerId, Map.of("hold", holdId), null);
		}
	}

	private RetentionCandidate view(RetentionCandidates.Candidate c, java.time.Period period, LocalDate today,
			DataCategory category, List<String> parts) {
		RetentionPolicy policy = new RetentionPolicy(period);
		LocalDate ended = c.closedAt().atZone(platform.zone()).toLocalDate();
		List<RetentionPolicy.Hold> holds = new ArrayList<>();
		if (c.openComplaint()) {
			holds.add(RetentionPolicy.Hold.OPEN_COMPLAINT);
		}
		if (c.litigation()) {
			holds.add(RetentionPolicy.Hold.LITIGATION);
		}
		if (c.complianceHold()) {
			holds.add(RetentionPolicy.Hold.COMPLIANCE_HOLD);
		}
		if (c.saleRecording()) {
			holds.add(RetentionPolicy.Hold.SALE_RECORDING);
		}
		List<String> reasons = policy.reasonsToKeep(ended, today, holds);
		return new RetentionCandidate(c.customerId(), c.customerNo(), ended, policy.keptUntil(ended), reasons.isEmpty(),
				reasons, category.key(), parts);
	}

	private java.time.Instant cutoff(java.time.Period period, LocalDate today) {
		return new RetentionPolicy(period).endedBefore(today).atStartOfDay(platform.zone()).toInstant();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(platform.zone()));
	}
}
