package org.clientcare.tiering.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerNotFound;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TierDecision;
import org.clientcare.tiering.TierPolicy;
import org.clientcare.tiering.TiersChanged;
import org.clientcare.tiering.VersionedTierSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes tiers — all customers with the set-based statements, or one customer with {@link TierPolicy} — into
 * {@code customer_tier}, the only home of the tier customers see (published as {@code tier_ref}, which the customer
 * module's {@code customer_ref} and lists join), and publishes the changes: the nightly run one {@link TiersChanged} per chunk, a
 * single recompute or override a {@link TierChanged}.
 */
@Component
public class TieringRun {

	private final Tiers tiers;

	private final Figures figures;

	private final SettingsVersions settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate chunks;

	/**
	 * Customers per chunk of the nightly run: one transaction, one statement, at most one {@link TiersChanged} (naming
	 * the chunk's range, its changes read by the listeners from {@code tier_change_ref}).
	 */
	private final int chunkSize;

	TieringRun(Tiers tiers, Figures figures, SettingsVersions settings, AuditTrail audit,
			ApplicationEventPublisher events, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
			@Value("${clientcare.tiering.chunk-size:10000}") int chunkSize) {
		this.tiers = tiers;
		this.figures = figures;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.chunks = new TransactionTemplate(transactions);
		this.chunks.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.chunkSize = chunkSize;
	}

	/**
	 * Every customer's tier from its latest figures, in chunks of customers by id ({@code clientcare.tiering.chunk-size},
	 * default 10,000), each committed on its own with its {@link TiersChanged}: a run that stops half-way keeps the
	 * chunks done, and the next run, finding them unchanged, does the rest. The audit entry ({@code tiering.recomputed},
	 * with the count) is written in the caller's transaction at the end.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> all() {
		VersionedTierSettings current = settings.current();
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		var decisions = TieringStatements.decisions(current.settings(), today,
				json.writeValueAsString(TierPolicy.retailThresholds(current.settings())),
				json.writeValueAsString(TierPolicy.corporateThresholds(current.settings())));
		int changed = 0;
		// each chunk finds its own end in its own transaction: the caller's transaction, open for the whole run, never
		// reads customers, so it holds no lock on them that a statement queued for the customer table (a go-live load's
		// last step) would wait for while the chunks after it queue behind that statement
		for (Chunk done = chunk(decisions, Long.MIN_VALUE, current.version(), today, now); done != null;
				done = chunk(decisions, done.upTo(), current.version(), today, now)) {
			changed += done.changed();
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("changed", changed);
		result.put("settingsVersion", current.version());
		audit.record("tiering.recomputed", "job", "tiering", null, result);
		return result;
	}

	/**
	 * The chunk of up to {@code chunkSize} customers after the id {@code after}, tiered and committed with its
	 * {@link TiersChanged}; null when no customer is left.
	 */
	private Chunk chunk(Map.Entry<String, Map<String, Object>> decisions, long after, int version, LocalDate today,
			Instant now) {
		return chunks.execute(status -> {
			var end = tiers.chunkEnd(after, chunkSize);
			if (end.isEmpty()) {
				return null;
			}
			long upTo = end.get();
			var changes = tiers.applyRange(decisions, after, upTo, version, today, now);
			changes.ifPresent(c -> events.publishEvent(new TiersChanged(after, upTo, c.at(), c.count())));
			return new Chunk(upTo, changes.map(Tiers.RangeChanges::count).orElse(0));
		});
	}

	/** A chunk done: the last customer id in it and how many tiers changed. */
	private record Chunk(long upTo, int changed) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public List<TierChanged> one(long customerId) {
		var subject = tiers.subject(customerId).orElseThrow(() -> new CustomerNotFound(customerId));
		VersionedTierSettings current = settings.current();
		LocalDate today = LocalDate.now(clock);
		TierDecision decision = new TierPolicy(current.settings()).decide(subject.type(), subject.relationshipSince(),
				subject.standing(), figures.latest(customerId).orElse(null), today);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("customerId", customerId);
		params.put("after", customerId - 1);
		params.put("upTo", customerId);
		params.put("tier", decision.tier() == null ? null : decision.tier().name());
		params.put("scheme", decision.scheme().name());
		params.put("rule", decision.rule());
		params.put("explanation", json.writeValueAsString(decision.explanation()));
		@SuppressWarnings("unchecked")
		Object asOf = ((Map<String, Object>) decision.explanation().get("inputs")).get("asOf");
		params.put("asOf", asOf == null ? null : LocalDate.parse(asOf.toString()));
		List<TierChanged> changes = tiers.apply(TieringStatements.single(), params, current.version(), today,
				clock.instant());
		publish(changes);
		return changes;
	}

	/**
	 * Re-tiers a customer whose corporate standing changed ({@code CustomerChanged} naming one of its fields), in the
	 * transaction that changed it, when figures have arrived for it; without figures there is nothing to tier by.
	 */
	@org.springframework.context.event.EventListener
	void on(org.clientcare.customer.CustomerChanged event) {
		if (event.fields().stream().noneMatch(STANDING::contains)
				|| figures.latest(event.customerId().value()).isEmpty()) {
			return;
		}
		one(event.customerId().value());
	}

	private static final java.util.Set<String> STANDING = java.util.Set.of("fortuneGlobal500", "chinaTop500",
			"bankBranch");

	/** Publishes each change as a {@link TierChanged}. */
	public void publish(List<TierChanged> changes) {
		changes.forEach(events::publishEvent);
	}
}
