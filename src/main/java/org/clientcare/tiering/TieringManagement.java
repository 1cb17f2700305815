package org.clientcare.tiering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.identity.Target;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.tiering.internal.Figures;
import org.clientcare.tiering.internal.OverrideApproval;
import org.clientcare.tiering.internal.SettingsVersions;
import org.clientcare.tiering.internal.TierWords;
import org.clientcare.tiering.internal.Tiers;
import org.clientcare.tiering.internal.TieringRun;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tiers of customers (客户分级) within the caller's data scope: read a tier with its explanation and history, request
 * an override (maker-checker, type {@code tiering.override}), recompute all tiers (the nightly job), and the settings
 * an administrator changes. Every change of a tier is published as {@link TierChanged} and kept in the customer's
 * {@code tier} for search; overrides and settings changes are audited.
 */
@Service
public class TieringManagement {

	private final Authorization authorization;

	private static final JsonMapper EXPLANATIONS = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

	private final Tiers tiers;

	private final SettingsVersions settings;

	private final TieringRun run;

	private final TierWords words;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final ApprovalManagement approvals;

	private final AuditTrail audit;

	private final Clock clock;

	TieringManagement(Tiers tiers, SettingsVersions settings, TieringRun run, TierWords words,
			CustomerManagement customers, IdentityManagement identity, ApprovalManagement approvals, AuditTrail audit,
			Clock clock, Authorization authorization) {
		this.authorization = authorization;
		this.tiers = tiers;
		this.settings = settings;
		this.run = run;
		this.words = words;
		this.customers = customers;
		this.identity = identity;
		this.approvals = approvals;
		this.audit = audit;
		this.clock = clock;
	}

	/** The tier of a customer in scope, its explanation in the caller's language, and its history. */
	@Transactional(readOnly = true)
	public TierView tierOf(CustomerId customer) {
		customers.requireVisible(customer);
		LocalDate today = LocalDate.now(clock);
		var row = tiers.find(customer.value());
		if (row.isEmpty()) {
			Map<String, Object> explanation = new LinkedHashMap<>();
			explanation.put("rule", TierPolicy.NO_FIGURES);
			explanation.put("words", words.of(explanation, null, LocaleContextHolder.getLocale()));
			return new TierView(customer.value(), null, null, null, null, null, explanation, List.of());
		}
		var t = row.get();
		boolean overridden = t.overrideTier() != null && (t.overrideUntil() == null || !t.overrideUntil().isBefore(today));
		TierView.Override override = overridden
				? new TierView.Override(t.overrideTier(), t.overrideUntil(), t.overrideReason(), t.overrideApprovalId()) : null;
		Map<String, Object> explanation = new LinkedHashMap<>(EXPLANATIONS.readValue(t.explanation(), LinkedHashMap.class));
		if (override != null) {
			explanation.put("override", override);
		}
		explanation.put("words", words.of(explanation, override, LocaleContextHolder.getLocale()));
		return new TierView(customer.value(), overridden ? t.overrideTier() : t.computedTier(),
				overridden ? TierScheme.OVERRIDE : t.scheme(), t.since(), t.computedTier(), override, explanation,
				tiers.history(customer.value()));
	}

	/**
	 * Asks a checker to set a customer's tier by hand until a day (inclusive; null: until revoked). The tier must be
	 * one the customer's scheme hands out.
	 *
	 * @return the approval request
	 */
	@Transactional
	public ApprovalRequest requestOverride(CustomerId customer, Tier tier, String reason, LocalDate until) {
		CustomerRef view = customers.requireVisible(customer);
		authorization.require(Permission.CUSTOMER_WRITE, Target.customer(view.orgUnitId(), view.managerId()));
		var problems = new InvalidInput.Collector();
		if (tier == null) {
			problems.add("tier", "required", "Name the tier");
		}
		else if (!tier.belongsTo(TierPolicy.schemeOf(view.type()))) {
			problems.add("tier", "scheme-mismatch", "The customer's scheme has no tier " + tier);
		}
		if (until != null && until.isBefore(LocalDate.now(clock))) {
			problems.add("until", "past", "The end date cannot lie in the past");
		}
		if (reason == null || reason.isBlank()) {
			problems.add("reason", "required", "Give the reason for the override");
		}
		problems.throwIfAny();
		Long unit = view.orgUnitId();
		return approvals.request(OverrideApproval.TYPE,
				new OverrideApproval.Payload(customer.value(), tier, reason.strip(), until), "customer",
				Long.toString(customer.value()), unit,
				view.customerNo() + ": " + tier + (until == null ? "" : " until " + until), reason);
	}

	/** Recomputes every customer's tier from its latest figures (the {@code tiering} job); answers counts. */
	@Transactional
	public Map<String, Object> recompute() {
		return run.all();
	}

	/** Recomputes one customer's tier after new figures, with {@link TierPolicy}. */
	@Transactional
	public List<TierChanged> recompute(CustomerId customer) {
		return run.one(customer.value());
	}

	/** The settings in force, for administrators and compliance (which reads the configuration, never changes it). */
	@Transactional(readOnly = true)
	public VersionedTierSettings settings() {
		authorization.require(Permission.CONFIGURATION_READ);
		return settings.current();
	}

	/** Stores new settings as the next version (administrators only; audited); they apply from the next run. */
	@Transactional
	public VersionedTierSettings changeSettings(TierSettings changed, String reason) {
		identity.requireAdmin();
		if (changed == null) {
			throw InvalidInput.of("settings", "required", "Send the settings");
		}
		var problems = changed.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		VersionedTierSettings before = settings.current();
		Instant now = clock.instant();
		int version = settings.save(before.version(), changed, reason == null || reason.isBlank() ? null : reason.strip(),
				CurrentActor.get().username(), now);
		audit.record("tiering.settings-changed", "tier-settings", version, state(before.settings()), state(changed), reason);
		return settings.current();
	}

	/** Customers in the caller's scope per org unit and tier (key {@code NONE}: untiered), units by code. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, Long>> distribution() {
		Map<Long, String> codes = new HashMap<>();
		Map<String, Map<String, Long>> byUnit = new java.util.TreeMap<>();
		for (var count : tiers.distribution(customers.scope())) {
			String unit = codes.computeIfAbsent(count.orgUnitId(),
					id -> identity.orgUnit(id).map(OrgUnit::code).orElse("?"));
			byUnit.computeIfAbsent(unit, key -> new LinkedHashMap<>())
				.merge(count.tier() == null ? "NONE" : count.tier().name(), count.customers(), Long::sum);
		}
		return byUnit;
	}

	/** Whether the current actor may ask for an override (the page shows the form). */
	public boolean mayRequestOverride() {
		return authorization.can(Permission.CUSTOMER_WRITE) && !authorization.subject().isSystem();
	}

	static Map<String, Object> state(TierSettings s) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("retail", TierPolicy.retailThresholds(s).toString());
		state.put("corporate", TierPolicy.corporateThresholds(s).toString());
		return state;
	}
}
