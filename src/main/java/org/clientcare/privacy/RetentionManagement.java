package org.clientcare.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerAnonymiser;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.privacy.internal.RetentionCandidates;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (SPEC §11): customers whose business relationship ended more than the retention period ago
 * ({@link PrivacySettings#longestRetention()}, 10 years) and who have no legal hold are anonymised irreversibly by the
 * {@code retention} job, chunk by chunk in set-based statements; a second run finds nobody. Other modules join the
 * job with their {@code JobStep}s (the dual recordings past their product's retention and any dispute). The dry run
 * lists who would be anonymised and who is kept, and why. Compliance sets and releases legal holds.
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

	/** The dry run: every customer past its retention, with what the job would do and why (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<RetentionCandidate> dryRun(int limit) {
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE);
		RetentionPolicy policy = policy();
		LocalDate today = today();
		List<RetentionCandidate> list = new ArrayList<>();
		long after = 0;
		while (list.size() < limit) {
			var chunk = candidates.closedBefore(cutoff(policy, today), after, Math.min(settings.retentionChunk(), limit - list.size()));
			chunk.forEach(c -> list.add(view(c, policy, today)));
			if (chunk.isEmpty()) {
				break;
			}
			after = chunk.get(chunk.size() - 1).customerId();
		}
		return list;
	}

	/** The job's work, in the job's transaction: anonymises every customer past its retention without a hold. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> run() {
		RetentionPolicy policy = policy();
		LocalDate today = today();
		Map<String, Object> counts = new LinkedHashMap<>();
		long held = 0;
		long after = 0;
		while (true) {
			var chunk = candidates.closedBefore(cutoff(policy, today), after, settings.retentionChunk());
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

	private RetentionCandidate view(RetentionCandidates.Candidate c, RetentionPolicy policy, LocalDate today) {
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
				reasons);
	}

	private java.time.Instant cutoff(RetentionPolicy policy, LocalDate today) {
		return policy.endedBefore(today).atStartOfDay(platform.zone()).toInstant();
	}

	private RetentionPolicy policy() {
		return new RetentionPolicy(settings.longestRetention());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(platform.zone()));
	}
}
