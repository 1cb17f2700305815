package org.clientcare.kpi.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.kpi.KpiCode;
import org.clientcare.kpi.KpiMeasures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based SQL behind the figures: the KPI module's own projections ({@code kpi_*}) and the views other modules
 * publish for it ({@code revisit_kpi_ref}, {@code complaint_kpi_ref}, {@code customer_aum_ref}, {@code customer_ref}).
 * Days are the institution's; a period is the half-open span of instants from its first midnight to the one after it.
 */
@Repository
public class KpiRecords {

	static final List<String> SETTLEMENT_KINDS = List.of("BASIC", "GENERAL", "SPECIAL", "TEMPORARY");

	private final JdbcClient jdbc;

	private final KpiRollup rollup;

	KpiRecords(JdbcClient jdbc, KpiRollup rollup) {
		this.jdbc = jdbc;
		this.rollup = rollup;
	}

	/**
	 * The groups of counts one statement (or two, for the assets) reads, so that a chart of one figure counts only what
	 * that figure is made of.
	 */
	public enum Part {
		REVISITS, COMPLAINTS, CUSTOMERS, CHURN, AUM, ACCOUNTS, REACTIVATED, INQUIRIES, TRAINING;

		public static final Set<Part> ALL = java.util.Collections.unmodifiableSet(EnumSet.allOf(Part.class));

		/** What a figure is made of. */
		public static Set<Part> of(KpiCode code) {
			return switch (code) {
				case SATISFACTION_RATE, REVISIT_COMPLETION_RATE, HESITATION_REVISIT_RATE -> EnumSet.of(REVISITS);
				case COMPLAINT_COUNT, ACK_ON_TIME_RATE, RESOLUTION_ON_TIME_RATE, COMPLAINT_SATISFACTION -> EnumSet.of(COMPLAINTS);
				case COMPLAINT_RATE -> EnumSet.of(COMPLAINTS, CUSTOMERS);
				case CHURN_RATE -> EnumSet.of(CUSTOMERS, CHURN);
				case AUM_GROWTH -> EnumSet.of(AUM);
				case NEW_SETTLEMENT_ACCOUNTS, NEW_BASIC_ACCOUNTS -> EnumSet.of(ACCOUNTS);
				case DORMANT_REACTIVATED -> EnumSet.of(REACTIVATED);
				case INQUIRY_ON_TIME_RATE -> EnumSet.of(INQUIRIES);
				case TRAINING_COVERAGE -> EnumSet.of(TRAINING);
			};
		}
	}

	/** How far the roll-up reaches: read once per request and passed to each {@link #measure}. */
	public KpiRollup.State state() {
		return rollup.state();
	}

	/** The parts whose counts are sums of per-day counts. */
	static final Set<Part> DAILY = java.util.Collections.unmodifiableSet(
			EnumSet.of(Part.REVISITS, Part.COMPLAINTS, Part.ACCOUNTS, Part.REACTIVATED, Part.INQUIRIES));

	/** The org unit and account manager a count belongs to, by the definition's columns (either may be none). */
	public record Group(Long unit, Long manager) {
	}

	/**
	 * Whose records one reading counts: those of {@code scope}, and also every record of the account managers
	 * {@code managers} (for their ranking, which counts a manager's records wherever they lie). Its counts come split by
	 * {@link Group}, so that any scope inside it is a sum of its groups ({@link #sum}): the report's, each sub-branch's,
	 * each manager's — one reading instead of one per scope.
	 */
	public record Reach(KpiScope scope, List<Long> managers) {

		public Reach {
			managers = List.copyOf(managers);
		}

		public static Reach of(KpiScope scope) {
			return new Reach(scope, List.of());
		}

		/** The predicate of the reach on a statement's unit and manager columns, its parameters added to {@code p}. */
		String where(String unit, String manager, List<Object> p) {
			String own = "(" + scope.unit(unit, p) + " and " + scope.manager(manager, p) + ")";
			if (managers.isEmpty()) {
				return own;
			}
			p.add(managers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
			return "(" + own + " or " + manager + " = any(?::bigint[]))";
		}
	}

	/** The counts of the groups that lie in {@code scope}: the same as counting the scope alone. */
	public static KpiMeasures sum(Map<Group, KpiMeasures> groups, KpiScope scope) {
		KpiMeasures total = ZERO;
		for (Map.Entry<Group, KpiMeasures> g : groups.entrySet()) {
			if ((scope.units() == null || g.getKey().unit() != null && scope.units().contains(g.getKey().unit()))
					&& (scope.managerId() == null || scope.managerId().equals(g.getKey().manager()))) {
				total = plus(total, g.getValue());
			}
		}
		return total;
	}

	static final KpiMeasures ZERO = new KpiMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO,
			BigDecimal.ZERO, 0, 0, 0, 0, 0, null, 0, 0, 0);

	/** Every count of the scope in the period {@code from}–{@code to} (days included), as of {@code now}. */
	public KpiMeasures measure(KpiScope scope, LocalDate from, LocalDate to, ZoneId zone, int satisfiedFrom, Instant now) {
		return sum(measure(state(), Reach.of(scope), from, to, zone, satisfiedFrom, now, Part.ALL), scope);
	}

	/**
	 * The counts of {@code parts} (the others zero) of the reach in the period {@code from}–{@code to} (days included),
	 * by group, as of {@code now}, with the roll-up as far as {@code state} (read once per request) says.
	 * {@link Part#TRAINING} is the training module's, added by the caller. The days the daily roll-up reaches
	 * ({@link KpiRollup}) are summed from it, the later ones counted from the records; the customers are the roll-up's
	 * running total and the few whose relationship began after it; churn and assets are always counted from the records
	 * (a customer churned twice in a period counts once; assets are a figure on a day), once per reading, split by the
	 * customer's unit and manager. The sum equals the count from the records alone ({@link #fromRecords}), which the
	 * agreement test holds it to.
	 */
	public Map<Group, KpiMeasures> measure(KpiRollup.State state, Reach reach, LocalDate from, LocalDate to, ZoneId zone,
			int satisfiedFrom, Instant now, Set<Part> parts) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate rolled = state.rolledThrough();
		if (rolled == null) {
			return fromRecords(reach, from, to, zone, satisfiedFrom, now, parts);
		}
		if (!rolled.isBefore(today)) {
			rolled = today.minusDays(1);
		}
		Set<Part> daily = EnumSet.noneOf(Part.class);
		daily.addAll(parts);
		daily.retainAll(DAILY);
		boolean customers = parts.contains(Part.CUSTOMERS) && !state.customersLive();
		Set<Part> counted = EnumSet.noneOf(Part.class);
		counted.addAll(parts);
		counted.removeAll(DAILY);
		counted.remove(Part.TRAINING);
		if (customers) {
			counted.remove(Part.CUSTOMERS);
		}
		Map<Group, KpiMeasures> m = counted.isEmpty() ? new java.util.HashMap<>()
				: fromRecords(reach, from, to, zone, satisfiedFrom, now, counted);
		if (to.isAfter(rolled) && !daily.isEmpty()) {
			LocalDate first = from.isAfter(rolled) ? from : rolled.plusDays(1);
			add(m, fromRecords(reach, first, to, zone, satisfiedFrom, now, daily));
		}
		boolean dailyRolled = !daily.isEmpty() && !from.isAfter(rolled);
		if (dailyRolled || customers) {
			LocalDate upTo = to.isAfter(rolled) ? rolled : to;
			Set<Part> summed = dailyRolled ? daily : Set.of();
			rollup.sums(reach, from, upTo, satisfiedFrom, now, columns(summed, customers))
				.forEach((group, sums) -> add(m, group, rolled(sums, summed, customers)));
		}
		// the customers whose relationship began after the roll-up's last day: none for a period it covers
		if (customers && to.isAfter(rolled)) {
			add(m, customersAfter(reach, from, to, rolled));
		}
		return m;
	}

	/**
	 * The counts of {@code parts} ({@link #DAILY} ones and the customers, the others zero) of {@code scope} for each of
	 * the consecutive months {@code months} that the roll-up covers entirely, read in one statement; empty when they do
	 * not all lie in it (the caller then reads each month).
	 */
	public Optional<List<KpiMeasures>> measureRolledMonths(KpiRollup.State state, KpiScope scope, List<KpiPeriodSpan> months,
			Instant now, ZoneId zone, int satisfiedFrom, Set<Part> parts) {
		LocalDate rolled = state.rolledThrough();
		LocalDate today = now.atZone(zone).toLocalDate();
		Set<Part> daily = EnumSet.noneOf(Part.class);
		daily.addAll(parts);
		daily.retainAll(DAILY);
		boolean customers = parts.contains(Part.CUSTOMERS) && !state.customersLive();
		Set<Part> rest = EnumSet.noneOf(Part.class);
		rest.addAll(parts);
		rest.removeAll(daily);
		if (customers) {
			rest.remove(Part.CUSTOMERS);
		}
		if (rolled == null || months.isEmpty() || !rest.isEmpty() || daily.isEmpty() && !customers
				|| !rolled.isBefore(today) || months.get(months.size() - 1).to().isAfter(rolled)) {
			return Optional.empty();
		}
		for (int i = 1; i < months.size(); i++) {
			if (!months.get(i).from().equals(months.get(i - 1).to().plusDays(1))) {
				return Optional.empty();
			}
		}
		return Optional.of(rollup.sumsOfSpans(scope, months.stream().map(KpiPeriodSpan::from).toList(),
				months.get(months.size() - 1).to(), satisfiedFrom, now, columns(daily, customers))
			.stream().map(sums -> rolled(sums, daily, customers)).toList());
	}

	/** A span of days, both included. */
	public record KpiPeriodSpan(LocalDate from, LocalDate to) {
	}

	/** The roll-up's columns the parts are made of. */
	private static List<String> columns(Set<Part> daily, boolean customers) {
		return KpiRollup.COUNTS.stream().filter(c -> customers && c.endsWith("customers")
				|| daily.contains(Part.REVISITS) && (c.startsWith("revisits_") || c.startsWith("hesitation_"))
				|| daily.contains(Part.COMPLAINTS) && (c.startsWith("complaints") || c.startsWith("acks_")
						|| c.startsWith("resolutions_"))
				|| daily.contains(Part.ACCOUNTS) && (c.equals("settlement_accounts") || c.equals("basic_accounts"))
				|| daily.contains(Part.REACTIVATED) && c.equals("reactivated_accounts")
				|| daily.contains(Part.INQUIRIES) && c.startsWith("inquiries_")).toList();
	}

	/** The measures of the roll-up's sums, of {@code daily} parts and (if asked) the customers; the others zero. */
	private static KpiMeasures rolled(KpiRollup.Sums s, Set<Part> daily, boolean customers) {
		boolean r = daily.contains(Part.REVISITS);
		boolean c = daily.contains(Part.COMPLAINTS);
		return new KpiMeasures(r ? s.get("revisits_due") : 0, r ? s.get("revisits_on_time") : 0,
				r ? s.get("revisits_rated") : 0, r ? s.satisfied("revisits") : 0, c ? s.get("complaints") : 0,
				c ? s.get("acks_done") + s.pendingAcksDue() : 0, c ? s.get("acks_on_time") : 0,
				c ? s.get("resolutions_done") + s.pendingResolutionsDue() : 0, c ? s.get("resolutions_on_time") : 0,
				c ? s.get("complaints_rated") : 0, c ? s.satisfied("complaints") : 0, customers ? s.get("customers") : 0,
				customers ? s.get("individual_customers") : 0, 0, customers ? s.get("active_customers") : 0,
				BigDecimal.ZERO, BigDecimal.ZERO,
				daily.contains(Part.ACCOUNTS) ? s.get("settlement_accounts") : 0,
				daily.contains(Part.ACCOUNTS) ? s.get("basic_accounts") : 0,
				daily.contains(Part.REACTIVATED) ? s.get("reactivated_accounts") : 0,
				daily.contains(Part.INQUIRIES) ? s.get("inquiries_due") : 0,
				daily.contains(Part.INQUIRIES) ? s.get("inquiries_on_time") : 0, null, 0,
				r ? s.get("hesitation_due") : 0, r ? s.get("hesitation_in_time") : 0);
	}

	/** The customers of the reach whose relationship began after the roll-up's last day (few: an index finds them). */
	private Map<Group, KpiMeasures> customersAfter(Reach reach, LocalDate from, LocalDate to, LocalDate rolled) {
		List<Object> p = new ArrayList<>(List.of(to, to, from, rolled));
		Map<Group, Map<String, Object>> rows = rows("""
				select c.org_unit_id as g_unit, c.manager_id as g_manager,
				       count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')) as customers,
				       count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')
				         and c.type = 'INDIVIDUAL') as individuals,
				       count(*) filter (where c.relationship_since < ? and c.status = 'ACTIVE') as active_before
				from customer_ref c where c.relationship_since > ? and""" + " " + reach.where("c.org_unit_id", "c.manager_id", p)
				+ " group by 1, 2", p);
		Map<Group, KpiMeasures> m = new java.util.HashMap<>();
		rows.forEach((group, row) -> m.put(group, new KpiMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n(row, "customers"),
				n(row, "individuals"), 0, n(row, "active_before"), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, null, 0,
				0, 0)));
		return m;
	}

	/** Adds {@code more}'s counts to {@code into}'s, group by group. */
	private static void add(Map<Group, KpiMeasures> into, Map<Group, KpiMeasures> more) {
		more.forEach((group, m) -> add(into, group, m));
	}

	private static void add(Map<Group, KpiMeasures> into, Group group, KpiMeasures m) {
		into.merge(group, m, KpiRecords::plus);
	}

	/** The sum of two sets of counts of disjoint records. */
	static KpiMeasures plus(KpiMeasures a, KpiMeasures b) {
		return new KpiMeasures(a.revisitsDue() + b.revisitsDue(), a.revisitsOnTime() + b.revisitsOnTime(),
				a.revisitsRated() + b.revisitsRated(), a.revisitsSatisfied() + b.revisitsSatisfied(),
				a.complaints() + b.complaints(), a.acksDue() + b.acksDue(), a.acksOnTime() + b.acksOnTime(),
				a.resolutionsDue() + b.resolutionsDue(), a.resolutionsOnTime() + b.resolutionsOnTime(),
				a.complaintsRated() + b.complaintsRated(), a.complaintsSatisfied() + b.complaintsSatisfied(),
				a.customers() + b.customers(), a.individualCustomers() + b.individualCustomers(), a.churned() + b.churned(),
				a.activeAtStart() + b.activeAtStart(), a.aumAtStart().add(b.aumAtStart()), a.aumAtEnd().add(b.aumAtEnd()),
				a.newSettlementAccounts() + b.newSettlementAccounts(), a.newBasicAccounts() + b.newBasicAccounts(),
				a.reactivatedAccounts() + b.reactivatedAccounts(), a.inquiriesDue() + b.inquiriesDue(),
				a.inquiriesOnTime() + b.inquiriesOnTime(), null, 0, a.hesitationDue() + b.hesitationDue(),
				a.hesitationInTime() + b.hesitationInTime());
	}

	/**
	 * The counts of {@code parts} (the others zero) of the scope in the period {@code from}–{@code to} (days included),
	 * as of {@code now}, from the records alone: the definition the roll-up is held to.
	 */
	public KpiMeasures fromRecords(KpiScope scope, LocalDate from, LocalDate to, ZoneId zone, int satisfiedFrom,
			Instant now, Set<Part> parts) {
		return sum(fromRecords(Reach.of(scope), from, to, zone, satisfiedFrom, now, parts), scope);
	}

	/** The same for a reach, by group: each statement split by the unit and manager its definition uses. */
	Map<Group, KpiMeasures> fromRecords(Reach reach, LocalDate from, LocalDate to, ZoneId zone, int satisfiedFrom,
			Instant now, Set<Part> parts) {
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		Timestamp at = Timestamp.from(now);
		LocalDate today = now.atZone(zone).toLocalDate();

		List<Object> p = new ArrayList<>(List.of(from, to, today, from, to, zone.getId(), start, end, start, end,
				satisfiedFrom, from, to, today, from, to, zone.getId(), from, to, start, end, from, to));
		Map<Group, Map<String, Object>> revisits = !parts.contains(Part.REVISITS) ? Map.of() : rows("""
				select c.org_unit_id as g_unit, r.assignee_id as g_manager,
				       count(*) filter (where r.due_date between ? and ? and r.status <> 'CANCELLED'
				         and (r.status <> 'OPEN' or r.due_date < ?)) as due,
				       count(*) filter (where r.due_date between ? and ? and r.status = 'DONE'
				         and (r.completed_at at time zone ?)::date <= r.due_date) as on_time,
				       count(*) filter (where r.completed_at >= ? and r.completed_at < ? and r.satisfaction is not null) as rated,
				       count(*) filter (where r.completed_at >= ? and r.completed_at < ? and r.satisfaction >= ?) as satisfied,
				       count(*) filter (where r.hesitation_ends_on between ? and ? and r.status <> 'CANCELLED'
				         and (r.status <> 'OPEN' or r.hesitation_ends_on < ?)) as hesitation_due,
				       count(*) filter (where r.hesitation_ends_on between ? and ? and r.status = 'DONE'
				         and (r.completed_at at time zone ?)::date <= r.hesitation_ends_on) as hesitation_in_time
				from revisit_kpi_ref r join customer_ref c on c.id = r.customer_id
				where (r.due_date between ? and ? or r.completed_at >= ? and r.completed_at < ?
				       or r.hesitation_ends_on between ? and ?) and""" + " "
				+ reach.where("c.org_unit_id", "r.assignee_id", p) + " group by 1, 2", p);

		p = new ArrayList<>(List.of(start, end, start, end, at, start, end, start, end, at, start, end, start, end, start,
				end, satisfiedFrom, start, end, start, end));
		Map<Group, Map<String, Object>> complaints = !parts.contains(Part.COMPLAINTS) ? Map.of() : rows("""
				select coalesce(k.org_unit_id, c.org_unit_id) as g_unit, c.manager_id as g_manager,
				       count(*) filter (where k.received_at >= ? and k.received_at < ?) as received,
				       count(*) filter (where k.received_at >= ? and k.received_at < ?
				         and (k.acknowledged_at is not null or k.ack_due_at <= ?)) as acks_due,
				       count(*) filter (where k.received_at >= ? and k.received_at < ? and k.acknowledged_at <= k.ack_due_at) as acks_on_time,
				       count(*) filter (where k.received_at >= ? and k.received_at < ?
				         and (k.resolved_at is not null or k.resolution_due_at <= ?)) as resolutions_due,
				       count(*) filter (where k.received_at >= ? and k.received_at < ? and k.resolved_at <= k.resolution_due_at) as resolutions_on_time,
				       count(*) filter (where k.closed_at >= ? and k.closed_at < ? and k.satisfaction is not null) as rated,
				       count(*) filter (where k.closed_at >= ? and k.closed_at < ? and k.satisfaction >= ?) as satisfied
				from complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id
				where (k.received_at >= ? and k.received_at < ? or k.closed_at >= ? and k.closed_at < ?) and""" + " "
				+ reach.where("coalesce(k.org_unit_id, c.org_unit_id)", "c.manager_id", p) + " group by 1, 2", p);

		p = new ArrayList<>(List.of(to, to, from));
		Map<Group, Map<String, Object>> customers = !parts.contains(Part.CUSTOMERS) ? Map.of() : rows("""
				select c.org_unit_id as g_unit, c.manager_id as g_manager,
				       count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')) as customers,
				       count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')
				         and c.type = 'INDIVIDUAL') as individuals,
				       count(*) filter (where c.relationship_since < ? and c.status = 'ACTIVE') as active_before
				from customer_ref c where""" + " " + reach.where("c.org_unit_id", "c.manager_id", p) + " group by 1, 2", p);

		p = new ArrayList<>(List.of(end, start, from));
		Map<Group, Map<String, Object>> churn = !parts.contains(Part.CHURN) ? Map.of() : rows("""
				select c.org_unit_id as g_unit, c.manager_id as g_manager,
				       count(distinct ch.customer_id) filter (where ch.from_status = 'ACTIVE' and ch.to_status in ('DORMANT', 'CLOSED')
				         and ch.changed_at < ?) as churned,
				       count(distinct ch.customer_id) filter (where ch.from_status = 'ACTIVE' and c.status <> 'ACTIVE') as left_since,
				       count(distinct ch.customer_id) filter (where ch.to_status = 'ACTIVE' and c.status = 'ACTIVE') as back_since
				from kpi_customer_change ch join customer_ref c on c.id = ch.customer_id
				where ch.changed_at >= ? and c.relationship_since < ? and""" + " "
				+ reach.where("c.org_unit_id", "c.manager_id", p) + " group by 1, 2", p);

		Map<Group, BigDecimal> aumAtStart = parts.contains(Part.AUM) ? aum(reach, from.minusDays(1)) : Map.of();
		Map<Group, BigDecimal> aumAtEnd = parts.contains(Part.AUM) ? aum(reach, to.isAfter(today) ? today : to) : Map.of();

		p = new ArrayList<>(List.of(start, end));
		Map<Group, Map<String, Object>> accounts = !parts.contains(Part.ACCOUNTS) ? Map.of() : rows("""
				select a.org_unit_id as g_unit, c.manager_id as g_manager,
				       count(*) filter (where a.kind in ('BASIC', 'GENERAL', 'SPECIAL', 'TEMPORARY')) as settlement,
				       count(*) filter (where a.kind = 'BASIC') as basic
				from kpi_account a left join customer_ref c on c.id = a.customer_id
				where a.opened_at >= ? and a.opened_at < ? and""" + " " + reach.where("a.org_unit_id", "c.manager_id", p)
				+ " group by 1, 2", p);
		p = new ArrayList<>(List.of(start, end));
		Map<Group, Map<String, Object>> reactivated = !parts.contains(Part.REACTIVATED) ? Map.of() : rows("""
				select a.org_unit_id as g_unit, c.manager_id as g_manager, count(*) as reactivated
				from kpi_account_change a left join customer_ref c on c.id = a.customer_id
				where a.from_status = 'DORMANT' and a.to_status = 'ACTIVE' and a.changed_at >= ? and a.changed_at < ? and"""
				+ " " + reach.where("a.org_unit_id", "c.manager_id", p) + " group by 1, 2", p);

		p = new ArrayList<>(List.of(start, end, at));
		Map<Group, Map<String, Object>> inquiries = !parts.contains(Part.INQUIRIES) ? Map.of() : rows("""
				select coalesce(i.org_unit_id, c.org_unit_id) as g_unit, c.manager_id as g_manager,
				       count(*) as due, count(*) filter (where i.on_time) as on_time
				from kpi_inquiry i left join customer_ref c on c.id = i.customer_id
				where i.due_at >= ? and i.due_at < ? and (i.closed_at is not null or i.due_at <= ?) and"""
				+ " " + reach.where("coalesce(i.org_unit_id, c.org_unit_id)", "c.manager_id", p) + " group by 1, 2", p);

		java.util.Set<Group> groups = new java.util.HashSet<>();
		for (Map<Group, ?> part : List.of(revisits, complaints, customers, churn, aumAtStart, aumAtEnd, accounts,
				reactivated, inquiries)) {
			groups.addAll(part.keySet());
		}
		Map<Group, KpiMeasures> m = new java.util.HashMap<>();
		for (Group g : groups) {
			Map<String, Object> rv = revisits.getOrDefault(g, Map.of());
			Map<String, Object> cp = complaints.getOrDefault(g, Map.of());
			Map<String, Object> cu = customers.getOrDefault(g, Map.of());
			Map<String, Object> ch = churn.getOrDefault(g, Map.of());
			m.put(g, new KpiMeasures(n(rv, "due"), n(rv, "on_time"), n(rv, "rated"), n(rv, "satisfied"), n(cp, "received"),
					n(cp, "acks_due"), n(cp, "acks_on_time"), n(cp, "resolutions_due"), n(cp, "resolutions_on_time"),
					n(cp, "rated"), n(cp, "satisfied"), n(cu, "customers"), n(cu, "individuals"), n(ch, "churned"),
					n(cu, "active_before") + n(ch, "left_since") - n(ch, "back_since"),
					aumAtStart.getOrDefault(g, BigDecimal.ZERO), aumAtEnd.getOrDefault(g, BigDecimal.ZERO),
					n(accounts.getOrDefault(g, Map.of()), "settlement"), n(accounts.getOrDefault(g, Map.of()), "basic"),
					n(reactivated.getOrDefault(g, Map.of()), "reactivated"), n(inquiries.getOrDefault(g, Map.of()), "due"),
					n(inquiries.getOrDefault(g, Map.of()), "on_time"), null, 0, n(rv, "hesitation_due"),
					n(rv, "hesitation_in_time")));
		}
		return m;
	}

	/** The assets under management of the reach's customers on a day, by group: each customer's latest figure up to it. */
	private Map<Group, BigDecimal> aum(Reach reach, LocalDate day) {
		List<Object> p = new ArrayList<>(List.of(day));
		Map<Group, Map<String, Object>> rows = rows("""
				select g_unit, g_manager, coalesce(sum(latest.aum), 0) as aum from (
				  select distinct on (m.customer_id) m.aum, c.org_unit_id as g_unit, c.manager_id as g_manager
				  from customer_aum_ref m join customer_ref c on c.id = m.customer_id
				  where m.as_of <= ? and""" + " " + reach.where("c.org_unit_id", "c.manager_id", p) + """

				  order by m.customer_id, m.as_of desc) latest
				group by 1, 2""", p);
		Map<Group, BigDecimal> aum = new java.util.HashMap<>();
		rows.forEach((group, row) -> aum.put(group, (BigDecimal) row.get("aum")));
		return aum;
	}

	/** The rows of a statement that selects {@code g_unit} and {@code g_manager} first, by group. */
	private Map<Group, Map<String, Object>> rows(String sql, List<Object> params) {
		Map<Group, Map<String, Object>> rows = new java.util.HashMap<>();
		for (Map<String, Object> row : jdbc.sql(sql).params(params).query().listOfRows()) {
			rows.put(group(row), row);
		}
		return rows;
	}

	static Group group(Map<String, Object> row) {
		return new Group(id(row.get("g_unit")), id(row.get("g_manager")));
	}

	private static Long id(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	private static long n(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value == null ? 0 : ((Number) value).longValue();
	}
}
