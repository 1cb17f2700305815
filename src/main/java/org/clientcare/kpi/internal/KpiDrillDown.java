package org.clientcare.kpi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.clientcare.kpi.KpiCode;
import org.clientcare.kpi.KpiRecordLine;
import org.clientcare.kpi.KpiRecordLine.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records behind a figure, on the same projections and views and with the same conditions as
 * {@link KpiRecords}: those that missed first, at most {@code limit}.
 */
@Repository
public class KpiDrillDown {

	private final JdbcClient jdbc;

	KpiDrillDown(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<KpiRecordLine> records(KpiCode code, KpiScope scope, LocalDate from, LocalDate to, ZoneId zone,
			int satisfiedFrom, Instant now, int limit) {
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
		Timestamp at = Timestamp.from(now);
		LocalDate today = now.atZone(zone).toLocalDate();
		List<Object> p = new ArrayList<>();
		String sql;
		switch (code) {
			case REVISIT_COMPLETION_RATE, SATISFACTION_RATE -> {
				boolean completion = code == KpiCode.REVISIT_COMPLETION_RATE;
				p.addAll(List.of(zone.getId(), satisfiedFrom));
				p.addAll(completion ? List.of(from, to, today) : List.of(start, end));
				sql = """
						select 'REVISIT' as kind, r.id, r.customer_id, null as reference, r.due_date as day, r.status,
						       r.satisfaction,
						       (r.status = 'DONE' and (r.completed_at at time zone ?)::date <= r.due_date) as on_time,
						       coalesce(r.satisfaction >= ?, false) as satisfied
						from revisit_kpi_ref r join customer_ref c on c.id = r.customer_id where"""
						+ (completion
								? " r.due_date between ? and ? and r.status <> 'CANCELLED' and (r.status <> 'OPEN' or r.due_date < ?)"
								: " r.completed_at >= ? and r.completed_at < ? and r.satisfaction is not null")
						+ " and " + scope.unit("c.org_unit_id", p) + " and " + scope.manager("r.assignee_id", p)
						+ " order by " + (completion ? "on_time" : "satisfied") + ", r.due_date, r.id limit " + limit;
			}
			case HESITATION_REVISIT_RATE -> {
				p.addAll(List.of(zone.getId(), from, to, today));
				sql = """
						select 'REVISIT' as kind, r.id, r.customer_id, null as reference, r.hesitation_ends_on as day,
						       r.status, r.satisfaction,
						       (r.status = 'DONE' and (r.completed_at at time zone ?)::date <= r.hesitation_ends_on) as on_time
						from revisit_kpi_ref r join customer_ref c on c.id = r.customer_id
						where r.hesitation_ends_on between ? and ? and r.status <> 'CANCELLED'
						  and (r.status <> 'OPEN' or r.hesitation_ends_on < ?) and""" + " " + scope.unit("c.org_unit_id", p)
						+ " and " + scope.manager("r.assignee_id", p) + " order by on_time, r.hesitation_ends_on, r.id limit " + limit;
			}
			case COMPLAINT_COUNT, COMPLAINT_RATE, ACK_ON_TIME_RATE, RESOLUTION_ON_TIME_RATE, COMPLAINT_SATISFACTION -> {
				String counted = switch (code) {
					case ACK_ON_TIME_RATE -> "coalesce(k.acknowledged_at <= k.ack_due_at, false)";
					case RESOLUTION_ON_TIME_RATE -> "coalesce(k.resolved_at <= k.resolution_due_at, false)";
					case COMPLAINT_SATISFACTION -> "coalesce(k.satisfaction >= ?, false)";
					default -> "true";
				};
				String condition = switch (code) {
					case ACK_ON_TIME_RATE -> "k.received_at >= ? and k.received_at < ? and (k.acknowledged_at is not null or k.ack_due_at <= ?)";
					case RESOLUTION_ON_TIME_RATE -> "k.received_at >= ? and k.received_at < ? and (k.resolved_at is not null or k.resolution_due_at <= ?)";
					case COMPLAINT_SATISFACTION -> "k.closed_at >= ? and k.closed_at < ? and k.satisfaction is not null";
					default -> "k.received_at >= ? and k.received_at < ?";
				};
				if (code == KpiCode.COMPLAINT_SATISFACTION) {
					p.add(satisfiedFrom);
				}
				p.add(zone.getId());
				p.addAll(List.of(start, end));
				if (code == KpiCode.ACK_ON_TIME_RATE || code == KpiCode.RESOLUTION_ON_TIME_RATE) {
					p.add(at);
				}
				sql = "select 'COMPLAINT' as kind, k.id, k.customer_id, k.complaint_no as reference, k.status, k.satisfaction, "
						+ counted + " as on_time, (k.received_at at time zone ?)::date as day"
						+ " from complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id where " + condition
						+ " and " + scope.unit("coalesce(k.org_unit_id, c.org_unit_id)", p) + " and "
						+ scope.manager("c.manager_id", p) + " order by on_time, k.received_at desc, k.id limit " + limit;
			}
			case NEW_SETTLEMENT_ACCOUNTS, NEW_BASIC_ACCOUNTS -> {
				p.addAll(List.of(zone.getId(), start, end));
				sql = "select 'ACCOUNT' as kind, a.account_id as id, a.customer_id, a.external_id as reference, a.kind as status,"
						+ " null::int as satisfaction, true as on_time, (a.opened_at at time zone ?)::date as day"
						+ " from kpi_account a left join customer_ref c on c.id = a.customer_id"
						+ " where a.opened_at >= ? and a.opened_at < ? and a.kind in "
						+ (code == KpiCode.NEW_BASIC_ACCOUNTS ? "('BASIC')" : "('BASIC', 'GENERAL', 'SPECIAL', 'TEMPORARY')")
						+ " and " + scope.unit("a.org_unit_id", p) + " and " + scope.manager("c.manager_id", p)
						+ " order by a.opened_at desc limit " + limit;
			}
			case DORMANT_REACTIVATED -> {
				p.addAll(List.of(zone.getId(), start, end));
				sql = "select 'ACCOUNT' as kind, a.account_id as id, a.customer_id, a.external_id as reference,"
						+ " a.to_status as status, null::int as satisfaction, true as on_time,"
						+ " (a.changed_at at time zone ?)::date as day"
						+ " from kpi_account_change a left join customer_ref c on c.id = a.customer_id"
						+ " where a.from_status = 'DORMANT' and a.to_status = 'ACTIVE' and a.changed_at >= ? and a.changed_at < ?"
						+ " and " + scope.unit("a.org_unit_id", p) + " and " + scope.manager("c.manager_id", p)
						+ " order by a.changed_at desc limit " + limit;
			}
			case INQUIRY_ON_TIME_RATE -> {
				p.addAll(List.of(zone.getId(), start, end, at));
				sql = "select 'INQUIRY' as kind, i.inquiry_id as id, i.customer_id, null as reference,"
						+ " case when i.closed_at is null then 'OPEN' else 'CLOSED' end as status, null::int as satisfaction,"
						+ " coalesce(i.on_time, false) as on_time, (i.due_at at time zone ?)::date as day"
						+ " from kpi_inquiry i left join customer_ref c on c.id = i.customer_id"
						+ " where i.due_at >= ? and i.due_at < ? and (i.closed_at is not null or i.due_at <= ?)"
						+ " and " + scope.unit("coalesce(i.org_unit_id, c.org_unit_id)", p) + " and "
						+ scope.manager("c.manager_id", p) + " order by on_time, i.due_at limit " + limit;
			}
			case CHURN_RATE -> {
				p.addAll(List.of(zone.getId(), start, end));
				sql = "select 'CUSTOMER' as kind, ch.customer_id as id, ch.customer_id, c.customer_no as reference,"
						+ " ch.to_status as status, null::int as satisfaction, true as on_time,"
						+ " (ch.changed_at at time zone ?)::date as day"
						+ " from kpi_customer_change ch join customer_ref c on c.id = ch.customer_id"
						+ " where ch.from_status = 'ACTIVE' and ch.to_status in ('DORMANT', 'CLOSED')"
						+ " and ch.changed_at >= ? and ch.changed_at < ?"
						+ " and " + scope.unit("c.org_unit_id", p) + " and " + scope.manager("c.manager_id", p)
						+ " order by ch.changed_at desc limit " + limit;
			}
			default -> {
				return List.of();
			}
		}
		boolean satisfaction = code == KpiCode.SATISFACTION_RATE;
		return jdbc.sql(sql).params(p).query((rs, n) -> new KpiRecordLine(Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
				(Long) rs.getObject("customer_id"), rs.getString("reference"), rs.getObject("day", LocalDate.class),
				rs.getString("status"), (Integer) rs.getObject("satisfaction"),
				rs.getBoolean(satisfaction ? "satisfied" : "on_time"))).list();
	}
}
