package org.clientcare.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Qualifier;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Subject;
import org.clientcare.kpi.internal.KpiDefinitionStore;
import org.clientcare.kpi.internal.KpiRecords;
import org.clientcare.kpi.internal.KpiScope;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.training.Coverage;
import org.clientcare.training.TrainingManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs (§10, §12 {@code GET /api/v1/kpis}): the fifteen figures of an org unit with its subtree, or of one account
 * manager, for a period, with the previous period and the targets. Who sees what: compliance and administrators every
 * unit and manager, a branch manager its subtree and the managers in it, an account manager only its own figures;
 * anything outside answers 404, other roles 403.
 */
@Service
public class KpiManagement {

	/** The longest span one report covers. */
	static final int MAX_DAYS = 3 * 366;

	private final KpiRecords records;

	private final KpiDefinitionStore definitions;

	private final org.clientcare.kpi.internal.KpiDrillDown drillDown;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final TrainingManagement training;

	private final Clock clock;

	KpiManagement(KpiRecords records, KpiDefinitionStore definitions, org.clientcare.kpi.internal.KpiDrillDown drillDown,
			IdentityManagement identity, Authorization authorization, AuditTrail audit, TrainingManagement training,
			Clock clock) {
		this.training = training;
		this.records = records;
		this.drillDown = drillDown;
		this.definitions = definitions;
		this.identity = identity;
		this.authorization = authorization;
		this.audit = audit;
		this.clock = clock;
	}

	/** The figures the query asks for, within the caller's reach. */
	@Transactional(readOnly = true)
	public KpiReport report(KpiQuery query) {
		return new Computation(query, false).report(null);
	}

	/**
	 * The dashboard of one query in one go (the page {@code /kpis}): the report, the twelve-month trend of {@code chart}
	 * and its rankings of sub-branches and account managers. The query is checked and resolved once, and each period is
	 * read once, split by unit and manager, for the report and both rankings together; the trend reads the counts of
	 * the charted figure only, the months the roll-up covers in one statement.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(KpiQuery query, KpiCode chart) {
		Computation c = new Computation(query, true);
		return new Dashboard(c.report(null), c.trend(chart), c.ranking(chart, false), c.ranking(chart, true));
	}

	/**
	 * The figures of an export in one go: the report and every figure of each sub-branch and account manager, from one
	 * reading of each period split by unit and manager.
	 */
	@Transactional(readOnly = true)
	public Figures figures(KpiQuery query) {
		Computation c = new Computation(query, true);
		return new Figures(c.report(null), c.breakdown(false, KpiRecords.Part.ALL), c.breakdown(true, KpiRecords.Part.ALL));
	}

	/** The report with the one figure {@code code} only (the drill-down page), counting only what it is made of. */
	@Transactional(readOnly = true)
	public KpiReport report(KpiQuery query, KpiCode code) {
		return new Computation(query, false).report(code);
	}

	/**
	 * Twelve months of one figure, ending with the month of the query's end, or with this month when the period
	 * reaches into the future (no month that has not begun): each month's value and its fixed target (none for the
	 * year-on-year figures).
	 */
	@Transactional(readOnly = true)
	public java.util.List<Point> trend(KpiQuery query, KpiCode code) {
		return new Computation(query, false).trend(code);
	}

	/**
	 * One figure of the period for each sub-branch in the query's unit (or each account manager in it), best first;
	 * an account manager's ranking holds only itself.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Ranked> ranking(KpiQuery query, KpiCode code, boolean managers) {
		return new Computation(query, true).ranking(code, managers);
	}

	/**
	 * Every figure of the period (numerator and denominator) for each sub-branch in the query's unit, or each account
	 * manager in it (an account manager: itself only).
	 */
	@Transactional(readOnly = true)
	public java.util.List<Breakdown> breakdown(KpiQuery query, boolean managers) {
		return new Computation(query, true).breakdown(managers, KpiRecords.Part.ALL);
	}

	/**
	 * One query's checked period, scope and definitions, and the counts read for it so far, so that whatever shows the
	 * same counts twice reads them once. Each period's counts are read once for the whole reach — the report's scope,
	 * and with {@code breakdowns} the unit's whole subtree and the records of its account managers — split by unit and
	 * manager, so that the report, each sub-branch and each manager are sums of the same reading.
	 */
	private final class Computation {

		private final KpiPeriod period;

		private final Resolved who;

		private final KpiDefinitions current;

		private final ComplaintRateBasis basis;

		/** The account managers of the rankings and breakdowns (none without them). */
		private final java.util.List<StaffUser> managers;

		private final KpiRecords.Reach reach;

		private final Map<java.util.List<Object>, Map<KpiRecords.Group, KpiMeasures>> read = new java.util.HashMap<>();

		private final Map<java.util.List<Object>, org.clientcare.training.Coverage> coverage = new java.util.HashMap<>();

		/** How far the roll-up reaches, read once for the whole request. */
		private final org.clientcare.kpi.internal.KpiRollup.State state;

		Computation(KpiQuery query, boolean breakdowns) {
			authorization.require(Permission.KPI_READ);
			this.period = period(query);
			this.who = resolve(query);
			this.current = definitions.current();
			this.basis = query.basis() == null ? current.complaintRateBasis() : query.basis();
			if (!breakdowns) {
				this.managers = java.util.List.of();
				this.reach = KpiRecords.Reach.of(who.scope());
			}
			else if (who.unit() == null) {
				this.managers = java.util.List.of(who.manager());
				this.reach = KpiRecords.Reach.of(who.scope());
			}
			else {
				Set<Long> units = identity.subtree(who.unit().id());
				this.managers = identity.usersWithRole(org.clientcare.identity.Role.ACCOUNT_MANAGER).stream()
					.filter(u -> units.contains(u.orgUnitId())).toList();
				// the whole subtree (every manager's records in it, for the sub-branches) and each manager's records
				// wherever they lie (for the managers' ranking)
				this.reach = new KpiRecords.Reach(KpiScope.of(who.scope().units(), null),
						managers.stream().map(StaffUser::id).toList());
			}
			this.state = records.state();
		}

		/** All figures, or only {@code only}'s. */
		KpiReport report(KpiCode only) {
			Set<KpiRecords.Part> parts = only == null ? KpiRecords.Part.ALL : KpiRecords.Part.of(only);
			// The year before serves only the year-on-year targets of complaint count and rate and of churn.
			Set<KpiRecords.Part> yearOnYear = java.util.EnumSet.of(KpiRecords.Part.COMPLAINTS, KpiRecords.Part.CUSTOMERS,
					KpiRecords.Part.CHURN);
			yearOnYear.retainAll(parts);
			var figures = KpiCalculation.figures(period, measures(who.scope(), period, parts),
					measures(who.scope(), period.previous(), parts), measures(who.scope(), period.yearEarlier(), yearOnYear),
					current, basis, who.outlets());
			if (only != null) {
				figures = figures.stream().filter(f -> f.code() == only).toList();
			}
			return new KpiReport(period.from(), period.to(), period.kind().name(),
					who.unit() == null ? null : who.unit().code(), who.manager() == null ? null : who.manager().username(),
					current.version(), basis, period.previous().from(), period.previous().to(), figures);
		}

		java.util.List<Point> trend(KpiCode code) {
			Set<KpiRecords.Part> parts = KpiRecords.Part.of(code);
			// Only months that have begun: a year's trend in March ends with March, not with eleven empty months.
			LocalDate today = LocalDate.now(clock);
			LocalDate last = period.to().isAfter(today) ? today : period.to();
			java.util.List<KpiPeriod> months = new java.util.ArrayList<>();
			for (int back = 11; back >= 0; back--) {
				months.add(KpiPeriod.of(KpiPeriod.Kind.MONTH, last.minusMonths(back)));
			}
			// the months the roll-up covers entirely in one statement, the others (normally this month) one by one
			LocalDate rolled = state.rolledThrough();
			int covered = 0;
			while (rolled != null && covered < months.size() && !months.get(covered).to().isAfter(rolled)) {
				covered++;
			}
			java.util.List<KpiMeasures> counts = new java.util.ArrayList<>(records
				.measureRolledMonths(state, who.scope(),
						months.subList(0, covered).stream()
							.map(m -> new KpiRecords.KpiPeriodSpan(m.from(), m.to())).toList(),
						clock.instant(), clock.getZone(), current.satisfiedFrom(), parts)
				.orElse(java.util.List.of()));
			java.util.List<Point> points = new java.util.ArrayList<>();
			for (int i = 0; i < months.size(); i++) {
				KpiPeriod month = months.get(i);
				KpiMeasures m = i < counts.size() ? counts.get(i) : measures(who.scope(), month, parts);
				BigDecimal target = switch (code) {
					case COMPLAINT_COUNT, COMPLAINT_RATE, CHURN_RATE -> null;
					default -> KpiCalculation.target(code, month, current, basis, who.outlets(), m);
				};
				points.add(new Point(month.from(), KpiCalculation.fraction(code, m, basis, who.outlets()).value(), target));
			}
			return points;
		}

		java.util.List<Ranked> ranking(KpiCode code, boolean managers) {
			java.util.List<Ranked> ranked = new java.util.ArrayList<>(breakdown(managers, KpiRecords.Part.of(code)).stream()
				.map(b -> new Ranked(b.code(), b.name(), b.figures().get(code).value())).toList());
			java.util.Comparator<Ranked> byValue = java.util.Comparator.comparing(Ranked::value,
					java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
			ranked.sort(code.higherIsBetter() ? byValue.reversed() : byValue);
			return ranked;
		}

		/** Each sub-branch's or manager's figures; only those made of {@code parts} are right. */
		java.util.List<Breakdown> breakdown(boolean byManager, Set<KpiRecords.Part> parts) {
			java.util.List<Breakdown> rows = new java.util.ArrayList<>();
			if (byManager) {
				for (StaffUser person : managers) {
					rows.add(new Breakdown(person.username(), person.displayName(),
							fractions(measures(KpiScope.of(null, person.id()), period, parts), basis, null)));
				}
			}
			else if (who.unit() != null) {
				Set<Long> units = identity.subtree(who.unit().id());
				for (OrgUnit unit : identity.orgUnits()) {
					if (unit.kind() == OrgUnit.Kind.SUB_BRANCH && units.contains(unit.id())) {
						rows.add(new Breakdown(unit.code(),
								unit.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
								fractions(measures(KpiScope.of(identity.subtree(unit.id()), null), period, parts), basis, 1L)));
					}
				}
			}
			return rows;
		}

		/**
		 * The counts of {@code parts} of a scope inside the reach: the sum of its groups in the period's reading (read
		 * once; a reading of every part serves any later request of some of them), with the training module's coverage
		 * when asked for.
		 */
		private KpiMeasures measures(KpiScope scope, KpiPeriod span, Set<KpiRecords.Part> parts) {
			Map<KpiRecords.Group, KpiMeasures> groups = read.get(java.util.List.of(span.from(), span.to(), KpiRecords.Part.ALL));
			if (groups == null) {
				groups = read.computeIfAbsent(java.util.List.of(span.from(), span.to(), Set.copyOf(parts)),
						key -> records.measure(state, reach, span.from(), span.to(), clock.getZone(),
								current.satisfiedFrom(), clock.instant(), parts));
			}
			KpiMeasures m = KpiRecords.sum(groups, scope);
			if (!parts.contains(KpiRecords.Part.TRAINING)) {
				return m;
			}
			Coverage c = coverage.computeIfAbsent(java.util.List.of(scope, span.from(), span.to()),
					key -> training.coverageOf(scope.units(), scope.managerId(), span.from(), span.to()));
			return m.withTraining(c.staff(), c.trained());
		}
	}

	/** The figures of an export: the report and each sub-branch's and account manager's figures. */
	public record Figures(KpiReport report, java.util.List<Breakdown> units, java.util.List<Breakdown> managers) {
	}

	/** The dashboard of one query: the report, the trend of the charted figure and its rankings. */
	public record Dashboard(KpiReport report, java.util.List<Point> trend, java.util.List<Ranked> unitRanking,
			java.util.List<Ranked> managerRanking) {
	}

	private static Map<KpiCode, KpiCalculation.Fraction> fractions(KpiMeasures m, ComplaintRateBasis basis, Long outlets) {
		Map<KpiCode, KpiCalculation.Fraction> all = new java.util.EnumMap<>(KpiCode.class);
		for (KpiCode code : KpiCode.values()) {
			all.put(code, KpiCalculation.fraction(code, m, basis, outlets));
		}
		return all;
	}

	/** The records behind one figure of the query's period (at most 200, those that missed first). */
	@Transactional(readOnly = true)
	public java.util.List<KpiRecordLine> records(KpiQuery query, KpiCode code) {
		authorization.require(Permission.KPI_READ);
		KpiPeriod period = period(query);
		Resolved who = resolve(query);
		return drillDown.records(code, who.scope(), period.from(), period.to(), clock.getZone(),
				definitions.current().satisfiedFrom(), clock.instant(), 200);
	}

	/** The org units the caller may ask for (none for an account manager, who sees only itself). */
	@Transactional(readOnly = true)
	public java.util.List<OrgUnit> unitsInReach() {
		Qualifier reach = authorization.reach(Permission.KPI_READ).orElse(null);
		if (reach == null || reach == Qualifier.OWN_CUSTOMERS) {
			return java.util.List.of();
		}
		Set<Long> mine = reach == Qualifier.OWN_SUBTREE ? identity.subtree(authorization.subject().orgUnitId()) : null;
		return identity.orgUnits().stream().filter(u -> u.kind() != OrgUnit.Kind.DEPARTMENT)
			.filter(u -> mine == null || mine.contains(u.id())).toList();
	}

	/** One month of a trend. */
	public record Point(LocalDate month, BigDecimal value, BigDecimal target) {
	}

	/** One unit's or manager's figures. */
	public record Breakdown(String code, String name, Map<KpiCode, KpiCalculation.Fraction> figures) {
	}

	/** One unit's or manager's figure in a ranking. */
	public record Ranked(String code, String name, BigDecimal value) {
	}

	/** The definitions in force. */
	@Transactional(readOnly = true)
	public KpiDefinitions definitions() {
		return definitions.current();
	}

	/** Every version of the definitions, newest first. */
	@Transactional(readOnly = true)
	public java.util.List<KpiDefinitions> definitionHistory() {
		return definitions.history();
	}

	/**
	 * Stores a new version of the definitions (administrators; audited). Targets of codes not named keep their value.
	 */
	@Transactional
	public KpiDefinitions changeDefinitions(Integer satisfiedFrom, ComplaintRateBasis basis, BigDecimal yearOnYearCut,
			Map<String, BigDecimal> targets, String reason) {
		authorization.require(Permission.ADMINISTER);
		KpiDefinitions before = definitions.current();
		var problems = new InvalidInput.Collector();
		if (reason == null || reason.isBlank()) {
			problems.add("reason", "required", "Say why the definitions change");
		}
		if (satisfiedFrom != null && (satisfiedFrom < 1 || satisfiedFrom > 5)) {
			problems.add("satisfiedFrom", "range", "A score from 1 to 5");
		}
		if (yearOnYearCut != null && (yearOnYearCut.signum() < 0 || yearOnYearCut.compareTo(BigDecimal.ONE) > 0)) {
			problems.add("yearOnYearCut", "range", "A share from 0 to 1");
		}
		Map<String, BigDecimal> merged = new LinkedHashMap<>(before.targets());
		if (targets != null) {
			targets.forEach((key, value) -> {
				if (!before.targets().containsKey(key)) {
					problems.add("targets." + key, "unknown", "Known targets: " + before.targets().keySet());
				}
				else if (value == null || value.signum() < 0) {
					problems.add("targets." + key, "range", "A target is a number of at least 0");
				}
				else {
					merged.put(key, value);
				}
			});
		}
		problems.throwIfAny();
		KpiDefinitions after = definitions.add(before.version() + 1,
				satisfiedFrom == null ? before.satisfiedFrom() : satisfiedFrom,
				basis == null ? before.complaintRateBasis() : basis,
				yearOnYearCut == null ? before.yearOnYearCut() : yearOnYearCut, merged, clock.instant(),
				CurrentActor.get().username(), reason);
		audit.record("kpi.definitions-changed", "kpi_definition", after.version(), summary(before), summary(after),
				reason);
		return after;
	}

	private static Map<String, Object> summary(KpiDefinitions d) {
		return Map.of("version", d.version(), "satisfiedFrom", d.satisfiedFrom(), "complaintRateBasis",
				d.complaintRateBasis().name(), "yearOnYearCut", d.yearOnYearCut().toPlainString(), "targets",
				d.targets().toString());
	}

	private KpiPeriod period(KpiQuery query) {
		var problems = new InvalidInput.Collector();
		if (query.from() != null || query.to() != null) {
			if (query.from() == null) {
				problems.add("from", "required", "A span needs both from and to");
			}
			if (query.to() == null) {
				problems.add("to", "required", "A span needs both from and to");
			}
			problems.throwIfAny();
			if (query.to().isBefore(query.from())) {
				throw InvalidInput.of("to", "range", "to lies on or after from");
			}
			if (query.to().toEpochDay() - query.from().toEpochDay() >= MAX_DAYS) {
				throw InvalidInput.of("to", "range", "A report covers at most three years");
			}
			return KpiPeriod.between(query.from(), query.to());
		}
		KpiPeriod.Kind kind = KpiPeriod.Kind.MONTH;
		if (query.period() != null && !query.period().isBlank()) {
			try {
				kind = KpiPeriod.Kind.valueOf(query.period().trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				kind = null;
			}
			if (kind == null || kind == KpiPeriod.Kind.CUSTOM) {
				throw InvalidInput.of("period", "type", "One of WEEK, MONTH, QUARTER, YEAR (or from and to)");
			}
		}
		LocalDate day = query.date() == null ? LocalDate.now(clock) : query.date();
		return KpiPeriod.of(kind, day);
	}

	/** The unit, manager and scope a query may see; 404 for one outside the caller's reach. */
	private Resolved resolve(KpiQuery query) {
		Subject subject = authorization.subject();
		Qualifier reach = authorization.reach(Permission.KPI_READ).orElseThrow();
		StaffUser manager = null;
		if (query.manager() != null && !query.manager().isBlank()) {
			manager = identity.findUser(query.manager().trim()).orElseThrow(() -> new NotFound("Manager", query.manager()));
		}
		if (reach == Qualifier.OWN_CUSTOMERS) {
			if (manager != null && !Long.valueOf(manager.id()).equals(subject.userId())) {
				throw new NotFound("Manager", query.manager());
			}
			StaffUser self = identity.findUser(subject.username()).orElseThrow();
			return new Resolved(null, self, KpiScope.of(null, self.id()), null);
		}
		OrgUnit unit;
		if (query.orgUnit() != null && !query.orgUnit().isBlank()) {
			unit = identity.findOrgUnit(query.orgUnit().trim()).orElseThrow(() -> new NotFound("Org unit", query.orgUnit()));
		}
		else if (manager != null) {
			unit = identity.orgUnit(manager.orgUnitId()).orElseThrow();
		}
		else {
			unit = Optional.ofNullable(subject.orgUnitId()).flatMap(identity::orgUnit)
				.orElseGet(() -> identity.orgUnits().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow());
		}
		if (reach == Qualifier.OWN_SUBTREE) {
			Set<Long> mine = identity.subtree(subject.orgUnitId());
			if (!mine.contains(unit.id()) || manager != null && !mine.contains(manager.orgUnitId())) {
				throw manager != null && !mine.contains(manager.orgUnitId()) ? new NotFound("Manager", query.manager())
						: new NotFound("Org unit", query.orgUnit());
			}
		}
		Set<Long> units = identity.subtree(unit.id());
		if (manager != null && !units.contains(manager.orgUnitId())) {
			throw new NotFound("Manager", query.manager());
		}
		long outlets = identity.orgUnits().stream()
			.filter(u -> u.kind() == OrgUnit.Kind.SUB_BRANCH && units.contains(u.id()))
			.count();
		return new Resolved(unit, manager, KpiScope.of(unit.parentId() == null ? null : units,
				manager == null ? null : manager.id()), manager == null ? outlets : null);
	}

	/** Whose figures a report shows. */
	record Resolved(OrgUnit unit, StaffUser manager, KpiScope scope, Long outlets) {
	}
}
