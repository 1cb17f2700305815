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

	/** Every count of the scope in the period {@code from}–{@code to} (days included), as of {@code now}. */
	public KpiMeasures measure(KpiScope scope, LocalDate from, LocalDate to, ZoneId zone, int satisfiedFrom, Instant now) {
		return measure(scope, from, to, zone, satisfiedFrom, now, Part.ALL);
	}

	/** The parts whose counts are sums of per-day counts. */
	static final Set<Part> DAILY = java.util.Collections.unmodifiableSet(
			EnumSet.of(Part.REVISITS, Part.COMPLAINTS, Part.ACCOUNTS, Part.REACTIVATED, Part.INQUIRIES));

	/**
	 * The counts of {@code parts} (the others zero) of the scope in the period {@code from}–{@code to} (days included),
	 * as of {@code now}. {@link Part#TRAINING} is the training module's, added by the caller. The days the daily roll-up
	 * reaches ({@link KpiRollup}) are summed from it, the later ones counted from the records; the customers are the
	 * roll-up's running total and the few whose relationship began after it; churn and assets are always counted from
	 * the records (a customer churned twice in a period counts once; assets are a figure on a day). The sum equals the
	 * count from the records alone ({@link #fromRecords}), which the agreement test holds it to.
	 */
	public KpiMeasures measure(KpiScope scope, LocalDate from, LocalDate to, ZoneId zone, int satisfiedFrom, Instant now,
			Set<Part> parts) {
		KpiRollup.State state = rollup.state();
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate rolled = state.rolledThrough();
		if (rolled == null) {
			return fromRecords(scope, from, to, zone, satisfiedFrom, now, parts);
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
		KpiMeasures m = fromRecords(scope, from, to, zone, satisfiedFrom, now, counted);
		if (to.isAfter(rolled) && !daily.isEmpty()) {
			LocalDate first = from.isAfter(rolled) ? from : rolled.plusDays(1);
			m = plus(m, fromRecords(scope, first, to, zone, satisfiedFrom, now, daily));
		}
		boolean dailyRolled = !daily.isEmpty() && !from.isAfter(rolled);
		if (dailyRolled || customers) {
			LocalDate upTo = to.isAfter(rolled) ? rolled : to;
			m = plus(m, rolled(rollup.sums(scope, from, upTo, satisfiedFrom, now), dailyRolled ? daily : Set.of(),
					customers));
		}
		if (customers) {
			m = plus(m, customersAfter(scope, from, to, rolled));
		}
		return m;
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

	/** The customers of the scope whose relationship began after the roll-up's last day (few: an index finds them). */
	private KpiMeasures customersAfter(KpiScope scope, LocalDate from, LocalDate to, LocalDate rolled) {
		List<Object> p = new ArrayList<>(List.of(to, to, from, rolled));
		String where = scope.unit("c.org_unit_id", p) + " and " + scope.manager("c.manager_id", p);
		Map<String, Object> row = jdbc.sql("""
				select count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')) as customers,
				       count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')
				         and c.type = 'INDIVIDUAL') as individuals,
				       count(*) filter (where c.relationship_since < ? and c.status = 'ACTIVE') as active_before
				from customer_ref c where c.relationship_since > ? and""" + " " + where)
			.params(p).query().singleRow();
		return new KpiMeasures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n(row, "customers"), n(row, "individuals"), 0,
				n(row, "active_before"), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, null, 0, 0, 0);
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
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		Timestamp at = Timestamp.from(now);
		LocalDate today = now.atZone(zone).toLocalDate();

		List<Object> p = new ArrayList<>();
		String where = scope.unit("c.org_unit_id", p) + " and " + scope.manager("r.assignee_id", p);
		Map<String, Object> revisits = !parts.contains(Part.REVISITS) ? Map.of() : jdbc.sql("""
				select count(*) filter (where r.due_date between ? and ? and r.status <> 'CANCELLED'
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
				       or r.hesitation_ends_on between ? and ?) and""" + " " + where)
			.params(args(List.of(from, to, today, from, to, zone.getId(), start, end, start, end, satisfiedFrom, from, to,
					today, from, to, zone.getId(), from, to, start, end, from, to), p))
			.query().singleRow();

		p = new ArrayList<>();
		String complaintWhere = scope.unit("coalesce(k.org_unit_id, c.org_unit_id)", p) + " and "
				+ scope.manager("c.manager_id", p);
		Map<String, Object> complaints = !parts.contains(Part.COMPLAINTS) ? Map.of() : jdbc.sql("""
				select count(*) filter (where k.received_at >= ? and k.received_at < ?) as received,
				       count(*) filter (where k.received_at >= ? and k.received_at < ?
				         and (k.acknowledged_at is not null or k.ack_due_at <= ?)) as acks_due,
				       count(*) filter (where k.received_at >= ? and k.received_at < ? and k.acknowledged_at <= k.ack_due_at) as acks_on_time,
				       count(*) filter (where k.received_at >= ? and k.received_at < ?
				         and (k.resolved_at is not null or k.resolution_due_at <= ?)) as resolutions_due,
				       count(*) filter (where k.received_at >= ? and k.received_at < ? and k.resolved_at <= k.resolution_due_at) as resolutions_on_time,
				       count(*) filter (where k.closed_at >= ? and k.closed_at < ? and k.satisfaction is not null) as rated,
				       count(*) filter (where k.closed_at >= ? and k.closed_at < ? and k.satisfaction >= ?) as satisfied
				from complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id
				where (k.received_at >= ? and k.received_at < ? or k.closed_at >= ? and k.closed_at < ?) and""" + " " + complaintWhere)
			.params(args(List.of(start, end, start, end, at, start, end, start, end, at, start, end, start, end, start, end,
					satisfiedFrom, start, end, start, end), p))
			.query().singleRow();

		p = new ArrayList<>();
		String customerWhere = scope.unit("c.org_unit_id", p) + " and " + scope.manager("c.manager_id", p);
		Map<String, Object> customers = !parts.contains(Part.CUSTOMERS) ? Map.of() : jdbc.sql("""
				select count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')) as customers,
				       count(*) filter (where c.relationship_since <= ? and c.status in ('ACTIVE', 'DORMANT')
				         and c.type = 'INDIVIDUAL') as individuals,
				       count(*) filter (where c.relationship_since < ? and c.status = 'ACTIVE') as active_before
				from customer_ref c where""" + " " + customerWhere)
			.params(args(List.of(to, to, from), p)).query().singleRow();

		p = new ArrayList<>();
		Map<String, Object> churn = !parts.contains(Part.CHURN) ? Map.of() : jdbc.sql("""
				select count(distinct ch.customer_id) filter (where ch.from_status = 'ACTIVE' and ch.to_status in ('DORMANT', 'CLOSED')
				         and ch.changed_at < ?) as churned,
				       count(distinct ch.customer_id) filter (where ch.from_status = 'ACTIVE' and c.status <> 'ACTIVE') as left_since,
				       count(distinct ch.customer_id) filter (where ch.to_status = 'ACTIVE' and c.status = 'ACTIVE') as back_since
				from kpi_customer_change ch join customer_ref c on c.id = ch.customer_id
				where ch.changed_at >= ? and c.relationship_since < ? and""" + " " + scope.unit("c.org_unit_id", p) + " and "
				+ scope.manager("c.manager_id", p))
			.params(args(List.of(end, start, from), p)).query().singleRow();

		BigDecimal aumAtStart = parts.contains(Part.AUM) ? aum(scope, from.minusDays(1)) : BigDecimal.ZERO;
		BigDecimal aumAtEnd = parts.contains(Part.AUM) ? aum(scope, to.isAfter(today) ? today : to) : BigDecimal.ZERO;

		p = new ArrayList<>();
		String accountWhere = scope.unit("a.org_unit_id", p) + " and " + scope.manager("c.manager_id", p);
		Map<String, Object> accounts = !parts.contains(Part.ACCOUNTS) ? Map.of() : jdbc.sql("""
				select count(*) filter (where a.kind in ('BASIC', 'GENERAL', 'SPECIAL', 'TEMPORARY')) as settlement,
				       count(*) filter (where a.kind = 'BASIC') as basic
				from kpi_account a left join customer_ref c on c.id = a.customer_id
				where a.opened_at >= ? and a.opened_at < ? and""" + " " + accountWhere)
			.params(args(List.of(start, end), p)).query().singleRow();
		long reactivated = !parts.contains(Part.REACTIVATED) ? 0 : jdbc.sql("""
				select count(*) from kpi_account_change a left join customer_ref c on c.id = a.customer_id
				where a.from_status = 'DORMANT' and a.to_status = 'ACTIVE' and a.changed_at >= ? and a.changed_at < ? and"""
				+ " " + accountWhere)
			.params(args(List.of(start, end), p)).query(Long.class).single();

		p = new ArrayList<>();
		Map<String, Object> inquiries = !parts.contains(Part.INQUIRIES) ? Map.of() : jdbc.sql("""
				select count(*) as due, count(*) filter (where i.on_time) as on_time
				from kpi_inquiry i left join customer_ref c on c.id = i.customer_id
				where i.due_at >= ? and i.due_at < ? and (i.closed_at is not null or i.due_at <= ?) and"""
				+ " " + scope.unit("coalesce(i.org_unit_id, c.org_unit_id)", p) + " and " + scope.manager("c.manager_id", p))
			.params(args(List.of(start, end, at), p)).query().singleRow();

		return new KpiMeasures(n(revisits, "due"), n(revisits, "on_time"), n(revisits, "rated"), n(revisits, "satisfied"),
				n(complaints, "received"), n(complaints, "acks_due"), n(complaints, "acks_on_time"),
				n(complaints, "resolutions_due"), n(complaints, "resolutions_on_time"), n(complaints, "rated"),
				n(complaints, "satisfied"), n(customers, "customers"), n(customers, "individuals"), n(churn, "churned"),
				n(customers, "active_before") + n(churn, "left_since") - n(churn, "back_since"), aumAtStart, aumAtEnd,
				n(accounts, "settlement"), n(accounts, "basic"), reactivated, n(inquiries, "due"), n(inquiries, "on_time"),
				null, 0, n(revisits, "hesitation_due"), n(revisits, "hesitation_in_time"));
	}

	/** The assets under management of the scope's customers on a day: each customer's latest figure up to it. */
	private BigDecimal aum(KpiScope scope, LocalDate day) {
		List<Object> p = new ArrayList<>();
		String where = scope.unit("c.org_unit_id", p) + " and " + scope.manager("c.manager_id", p);
		return jdbc.sql("""
				select coalesce(sum(latest.aum), 0) from (
				  select distinct on (m.customer_id) m.aum
				  from customer_aum_ref m join customer_ref c on c.id = m.customer_id
				  where m.as_of <= ? and""" + " " + where + """

				  order by m.customer_id, m.as_of desc) latest""")
			.params(args(List.of(day), p)).query(BigDecimal.class).single();
	}

	/** The fixed parameters, then the scope's (whose predicates close each statement). */
	private static List<Object> args(List<?> fixed, List<Object> scope) {
		List<Object> all = new ArrayList<>(fixed);
		all.addAll(scope);
		return all;
	}

	private static long n(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value == null ? 0 : ((Number) value).longValue();
	}
}
