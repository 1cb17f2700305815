package org.clientcare.visit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.CustomerScope;
import org.clientcare.customer.CustomerType;

import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.clientcare.visit.VisitSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The visit ledger's table, read through the customers' published view {@code customer_ref} for the scope. */
@Repository
public class Visits {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Visits(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	public long insert(VisitRow v) {
		// Without a source, nothing conflicts: a new row every time.
		return insertFrom(null, v).orElseThrow();
	}

	/** Links the revisit planned from the visit's next steps. */
	public void followUp(long visitId, long revisitId, LocalDate on) {
		jdbc.sql("update visit set follow_up_revisit_id = ?, follow_up_on = ? where id = ?").params(revisitId, on, visitId)
			.update();
	}

	/** Locks the visit (for linking a case to it) and tells whether one is linked already; empty: no such visit. */
	public java.util.Optional<Boolean> lockHasCase(long visitId) {
		return jdbc.sql("select follow_up_case_id is not null from visit where id = ? for update").param(visitId)
			.query(Boolean.class).optional();
	}

	/** Links the case opened from the visit's next steps. */
	public void followUpCase(long visitId, long caseId, String caseNo) {
		jdbc.sql("update visit set follow_up_case_id = ?, follow_up_case_no = ? where id = ?")
			.params(caseId, caseNo, visitId).update();
	}

	/** Inserts a visit that came from elsewhere ({@code sourceKey}), unless one from that source exists: its id if new. */
	public java.util.Optional<Long> insertFrom(String sourceKey, VisitRow v) {
		return jdbc.sql("""
				insert into visit (customer_id, visitor_id, org_unit_id, kind, method, occurred_at, purpose, summary,
				  attendees, next_steps, escalation, escalated_at, recorded_by, recorded_at, source_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source_key) do nothing returning id""")
			.params(v.customerId(), v.visitorId(), v.orgUnitId(), v.kind(), v.method(), ts(v.occurredAt()), v.purpose(),
					v.summary(), v.attendees(), v.nextSteps(), v.escalation(), ts(v.escalatedAt()), v.recordedBy(),
					ts(v.recordedAt()), sourceKey)
			.query(Long.class).optional();
	}

	public java.util.Optional<VisitRow> find(long id, CustomerScope scope) {
		var where = VisitScope.of(scope);
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(where.params());
		return jdbc.sql("select v.* from visit v join customer_ref r on r.id = v.customer_id where v.id = ? and "
				+ where.sql()).params(params).query(Visits::row).optional();
	}

	/** The ledger within the scope, newest first. */
	public List<VisitRow> list(CustomerScope scope, Criteria c, int page, int size) {
		var where = where(scope, c);
		where.params().add(size);
		where.params().add((long) page * size);
		return jdbc.sql("select v.* from visit v join customer_ref r on r.id = v.customer_id where " + where.sql()
				+ " order by v.occurred_at desc, v.id desc limit ? offset ?").params(where.params()).query(Visits::row)
			.list();
	}

	public ListCount count(CustomerScope scope, Criteria c) {
		var where = where(scope, c);
		return counts.count("from visit v join customer_ref r on r.id = v.customer_id where " + where.sql(), where.params());
	}

	/** The active customers of a manager with the day of their last visit (none if never visited). */
	public List<Visited> lastVisits(long managerId, ZoneId zone) {
		return jdbc.sql("""
				select r.id, r.customer_no, r.type, r.tier, r.relationship_since,
				  (select max(v.occurred_at) from visit v where v.customer_id = r.id) as last_visit
				from customer_ref r where r.manager_id = ? and r.status in ('ACTIVE', 'PROSPECT', 'DORMANT')
				order by r.id""").param(managerId)
			.query((rs, n) -> {
				Instant last = instant(rs, "last_visit");
				return new Visited(rs.getLong("id"), rs.getString("customer_no"), CustomerType.valueOf(rs.getString("type")),
						rs.getString("tier"), rs.getObject("relationship_since", LocalDate.class),
						last == null ? null : last.atZone(zone).toLocalDate());
			})
			.list();
	}

	/**
	 * Up to {@code limit} of a manager's customers due for a visit by {@code lastDay}, after the first {@code offset}:
	 * the due date computed as {@link org.clientcare.visit.VisitFrequency} does (the tier's interval, else the corporate
	 * one for customers that are not individuals, after the last visit or after the relationship began, never before
	 * today), soonest first, then by customer id.
	 */
	public List<Due> due(long managerId, VisitSettings settings, ZoneId zone, LocalDate today, LocalDate lastDay,
			long offset, int limit) {
		List<Object> params = dueParams(managerId, settings, zone, today, lastDay);
		params.add(limit);
		params.add(offset);
		return jdbc.sql(DUE + " select * from d where due_on <= cast(? as date) order by due_on, id limit ? offset ?")
			.params(params)
			.query((rs, n) -> new Due(new Visited(rs.getLong("id"), rs.getString("customer_no"),
					CustomerType.valueOf(rs.getString("type")), rs.getString("tier"),
					rs.getObject("relationship_since", LocalDate.class), rs.getObject("last_visit", LocalDate.class)),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/** How many of a manager's customers are due for a visit by {@code lastDay} ({@link #due}). */
	public long dueCount(long managerId, VisitSettings settings, ZoneId zone, LocalDate today, LocalDate lastDay) {
		return jdbc.sql(DUE + " select count(*) from d where due_on <= cast(? as date)")
			.params(dueParams(managerId, settings, zone, today, lastDay)).query(Long.class).single();
	}

	private static List<Object> dueParams(long managerId, VisitSettings settings, ZoneId zone, LocalDate today,
			LocalDate lastDay) {
		List<Map.Entry<String, java.time.Period>> every = List.copyOf(settings.every().entrySet());
		List<Object> params = new ArrayList<>();
		params.add(zone.getId());
		params.add(settings.corporateEvery().toString());
		params.add(every.stream().map(Map.Entry::getKey).toArray(String[]::new));
		params.add(every.stream().map(e -> e.getValue().toString()).toArray(String[]::new));
		params.add(managerId);
		params.add(today);
		params.add(today);
		params.add(lastDay);
		return params;
	}

	private static final String DUE = """
			with c as (
			  select r.id, r.customer_no, r.type, r.tier, r.relationship_since,
			    cast((select max(v.occurred_at) from visit v where v.customer_id = r.id) at time zone ? as date) as last_visit,
			    coalesce(t.every, case when r.type <> 'INDIVIDUAL' then cast(? as interval) end) as every
			  from customer_ref r
			  left join unnest(cast(? as text[]), cast(? as interval[])) as t(tier, every) on t.tier = r.tier
			  where r.manager_id = ? and r.status in ('ACTIVE', 'PROSPECT', 'DORMANT')),
			d as (
			  select c.*, case when c.last_visit is not null then cast(c.last_visit + c.every as date)
			    else greatest(coalesce(cast(c.relationship_since + c.every as date), cast(? as date)), cast(? as date))
			    end as due_on
			  from c where c.every is not null)""";

	/** A customer with its visit due date. */
	public record Due(Visited customer, LocalDate dueOn) {
	}

	private static Where where(CustomerScope scope, Criteria c) {
		var visible = VisitScope.of(scope);
		StringBuilder sql = new StringBuilder(visible.sql());
		List<Object> params = new ArrayList<>(visible.params());
		if (c.customerId() != null) {
			sql.append(" and v.customer_id = ?");
			params.add(c.customerId());
		}
		if (c.visitorId() != null) {
			sql.append(" and v.visitor_id = ?");
			params.add(c.visitorId());
		}
		if (c.from() != null) {
			sql.append(" and v.occurred_at >= ?");
			params.add(ts(c.from()));
		}
		if (c.to() != null) {
			sql.append(" and v.occurred_at < ?");
			params.add(ts(c.to()));
		}
		return new Where(sql.toString(), params);
	}

	static VisitRow row(ResultSet rs, int n) throws SQLException {
		return new VisitRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("visitor_id"), rs.getLong("org_unit_id"),
				rs.getString("kind"), rs.getString("method"), instant(rs, "occurred_at"), rs.getString("purpose"),
				rs.getString("summary"), rs.getString("attendees"), rs.getString("next_steps"), rs.getString("escalation"),
				instant(rs, "escalated_at"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
				rs.getObject("follow_up_revisit_id", Long.class), rs.getObject("follow_up_on", LocalDate.class),
				rs.getObject("follow_up_case_id", Long.class), rs.getString("follow_up_case_no"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private record Where(String sql, List<Object> params) {
	}

	/** What the ledger is narrowed to; {@code null} leaves a criterion out. */
	public record Criteria(Long customerId, Long visitorId, Instant from, Instant to) {
	}

	/** A customer of a manager and the day it was last visited. */
	public record Visited(long customerId, String customerNo, CustomerType type, String tier, LocalDate since,
			LocalDate lastVisit) {
	}
}
