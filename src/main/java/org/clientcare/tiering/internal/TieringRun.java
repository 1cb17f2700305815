package org.clientcare.tiering.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerNotFound;
import org.clientcare.shared.CustomerId;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TierDecision;
import org.clientcare.tiering.TierPolicy;
import org.clientcare.tiering.VersionedTierSettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes tiers — all at once with the set-based statements, or one customer with {@link TierPolicy} — and then
 * publishes a {@link TierChanged} per change and keeps the customer's {@code tier} in step, in the same transaction.
 */
@Component
public class TieringRun {

	private final Tiers tiers;

	private final Figures figures;

	private final SettingsVersions settings;

	private final CustomerManagement customers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	TieringRun(Tiers tiers, Figures figures, SettingsVersions settings, CustomerManagement customers, AuditTrail audit,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.tiers = tiers;
		this.figures = figures;
		this.settings = settings;
		this.customers = customers;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Object> all() {
		VersionedTierSettings current = settings.current();
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		var decisions = TieringStatements.decisions(current.settings(), today,
				json.writeValueAsString(TierPolicy.retailThresholds(current.settings())),
				json.writeValueAsString(TierPolicy.corporateThresholds(current.settings())));
		List<TierChanged> changes = tiers.applyAll(decisions, current.version(), today, now);
		publish(changes);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("changed", changes.size());
		result.put("settingsVersion", current.version());
		audit.record("tiering.recomputed", "job", "tiering", null, result);
		return result;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public List<TierChanged> one(long customerId) {
		var subject = tiers.subject(customerId).orElseThrow(() -> new CustomerNotFound(customerId));
		VersionedTierSettings current = settings.current();
		LocalDate today = LocalDate.now(clock);
		TierDecision decision = new TierPolicy(current.settings()).decide(subject.getKey(), subject.getValue(),
				figures.latest(customerId).orElse(null), today);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("customerId", customerId);
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

	/** Publishes the changes and projects them onto the customers, in chunks. */
	public void publish(List<TierChanged> changes) {
		changes.forEach(events::publishEvent);
		for (int from = 0; from < changes.size(); from += 10_000) {
			Map<CustomerId, String> chunk = new LinkedHashMap<>();
			changes.subList(from, Math.min(changes.size(), from + 10_000))
				.forEach(change -> chunk.put(change.customer(), change.to() == null ? null : change.to().name()));
			customers.projectTiers(chunk);
		}
	}
}
