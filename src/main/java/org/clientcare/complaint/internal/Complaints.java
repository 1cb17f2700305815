package org.clientcare.complaint.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.complaint.ComplaintView.TimelineEntry;
import org.clientcare.shared.jdbc.VersionedUpdate;

import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaint tables: complaints, their timeline and their breaches. */
@Repository
public class Complaints {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Complaints(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** Inserts a complaint; answers its id and its number (from a sequence, by the day it was received). */
	public Registered insert(NewComplaint c) {
		return jdbc.sql("""
				insert into complaint (complaint_no, customer_id, complainant_name, contact_enc, contact_hash, channel,
				  category, content, product_code, amount_in_dispute, received_at, status, org_unit_id, registered_by,
				  ack_due_at, resolution_due_at, regulatory_due_at, regulatory_days, created_at, updated_at, severity)
				values ('TS' || to_char(?::timestamptz at time zone ?, 'YYYYMMDD') || lpad(nextval('complaint_no_seq')::text, 6, '0'),
				  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id, complaint_no""")
			.params(ts(c.receivedAt()), c.zone(), c.customerId(), c.complainantName(), c.contactEnc(), c.contactHash(),
					c.channel(), c.category(), c.content(), c.productCode(), c.amountInDispute(), ts(c.receivedAt()),
					c.orgUnitId(), c.registeredBy(), ts(c.ackDueAt()), ts(c.resolutionDueAt()), ts(c.regulatoryDueAt()),
					c.regulatoryDays(), ts(c.now()), ts(c.now()), c.severity())
			.query((rs, n) -> new Registered(rs.getLong("id"), rs.getString("complaint_no"))).single();
	}

	/** A complaint just inserted. */
	public record Registered(long id, String complaintNo) {
	}

	/** The customers of the complaints assigned to a department. */
	public java.util.Set<Long> customersOfDepartment(long departmentId) {
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct customer_id from complaint where department_id = ? and customer_id is not null""")
			.param(departmentId).query(Long.class).list());
	}

	public Optional<ComplaintRow> find(long id, ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(scope.params());
		return jdbc.sql("select c.* from complaint c where c.id = ? and " + scope.sql()).params(params)
			.query(Complaints::row).optional();
	}

	/** The complaints with these ids, whatever the scope (for the system's own work, such as notices). */
	public List<ComplaintRow> all(List<Long> ids) {
		return jdbc.sql("select c.* from complaint c where c.id = any(?)").param(ids.toArray(Long[]::new))
			.query(Complaints::row).list();
	}

	public Optional<ComplaintRow> byNumberAndContact(String complaintNo, byte[][] contactHashes) {
		return jdbc.sql("select c.* from complaint c where c.complaint_no = ? and c.contact_hash in (?, ?)")
			.params(complaintNo, contactHashes[0], contactHashes[1]).query(Complaints::row).optional();
	}

	/**
	 * The lists' order: the complaints still to resolve first, the nearest resolution deadline first; then those resolved
	 * or closed, the latest first — a handler's work at the top, not last year's closed files.
	 */
	private static final String ORDER = """
			c.status in ('RESOLVED', 'CLOSED'),
			case when c.status not in ('RESOLVED', 'CLOSED') then c.resolution_due_at end,
			c.resolution_due_at desc, c.id desc""";

	public List<ComplaintRow> list(ComplaintScope.Filter scope, String status, Boolean overdue, Long departmentId,
			Instant now, int page, int size) {
		var where = where(scope, status, overdue, departmentId, now);
		where.params().add(size);
		where.params().add((long) page * size);
		return jdbc.sql("select c.* from complaint c where " + where.sql()
				+ " order by " + ORDER + " limit ? offset ?").params(where.params())
			.query(Complaints::row).list();
	}

	public ListCount count(ComplaintScope.Filter scope, String status, Boolean overdue, Long departmentId, Instant now) {
		var where = where(scope, status, overdue, departmentId, now);
		return counts.count("from complaint c where " + where.sql(), where.params());
	}

	/** How many complaints of a customer are not closed yet. */
	public long openOf(long customerId) {
		return jdbc.sql("select count(*) from complaint c where c.customer_id = ? and c.status <> 'CLOSED'").param(customerId)
			.query(Long.class).single();
	}

	/** Writes columns if the complaint is still at {@code version}; false when someone changed it first. */
	public boolean update(long id, long version, Map<String, Object> columns, Instant now) {
		return VersionedUpdate.apply(jdbc, "complaint", id, version, columns, now);
	}

	public void event(long complaintId, Instant at, String actor, String kind, String detail, boolean isPublic) {
		jdbc.sql("insert into complaint_event (complaint_id, at, actor, kind, detail, public) values (?, ?, ?, ?, ?, ?)")
			.params(complaintId, ts(at), actor, kind, detail, isPublic).update();
	}

	public List<TimelineEntry> timeline(long complaintId, boolean publicOnly) {
		return jdbc.sql("select * from complaint_event where complaint_id = ? and (public or not ?) order by at, id")
			.params(complaintId, publicOnly)
			.query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
					rs.getString("detail")))
			.list();
	}

	public List<String> breaches(long complaintId) {
		return jdbc.sql("select sla from complaint_breach where complaint_id = ? order by detected_at, sla")
			.param(complaintId).query(String.class).list();
	}

	/** Figures for the analysis page: counts per value of a grouping expression over the period. */
	public Map<String, long[]> breakdown(String groupExpression, Instant from, Instant to, ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(ts(from), ts(to)));
		params.addAll(scope.params());
		Map<String, long[]> figures = new LinkedHashMap<>();
		jdbc.sql("select " + groupExpression + """
				 as label, count(*) as total,
				  count(*) filter (where acknowledged_at is not null and acknowledged_at <= ack_due_at) as acked_on_time,
				  count(*) filter (where resolved_at is not null and resolved_at <= resolution_due_at) as resolved_on_time,
				  count(*) filter (where resolved_at is not null) as resolved
				from complaint c where c.received_at >= ? and c.received_at < ?""" + " and " + scope.sql()
				+ " group by 1 order by 2 desc, 1")
			.params(params)
			.query(rs -> {
				figures.put(rs.getString("label"), new long[] { rs.getLong("total"), rs.getLong("acked_on_time"),
						rs.getLong("resolved_on_time"), rs.getLong("resolved") });
			});
		return figures;
	}

	/** Starts a pause of the regulatory clock; false when one runs already. */
	public boolean pause(long complaintId, String reason, String note, Instant at, String by) {
		return jdbc.sql("""
				insert into complaint_pause (complaint_id, reason, note, paused_at, paused_by) values (?, ?, ?, ?, ?)
				on conflict (complaint_id) where resumed_at is null do nothing""")
			.params(complaintId, reason, note, ts(at), by).update() == 1;
	}

	/** Ends the running pause of the regulatory clock. */
	public void resume(long complaintId, Instant at, String by) {
		jdbc.sql("update complaint_pause set resumed_at = ?, resumed_by = ? where complaint_id = ? and resumed_at is null")
			.params(ts(at), by, complaintId).update();
	}

	/** The period's complaints rated by the complainant: how many, how many rated 4 or 5, how many through the link. */
	public long[] satisfaction(Instant from, Instant to, ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(ts(from), ts(to)));
		params.addAll(scope.params());
		return jdbc.sql("""
				select count(satisfaction) as rated, count(*) filter (where satisfaction >= 4) as satisfied,
				  count(satisfaction) filter (where feedback_source = 'CUSTOMER') as by_link
				from complaint c where c.received_at >= ? and c.received_at < ?""" + " and " + scope.sql())
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("by_link") }).single();
	}

	/**
	 * The regulator's statistics of the period: complaints by category, product code and channel, acknowledged within
	 * 24 hours, decided, decided within the regulatory deadline (as moved by pauses and extensions), and with a recorded
	 * regulatory breach. The product code stands in the business line until the caller maps it.
	 */
	public List<org.clientcare.complaint.RegulatorReportLine> regulatorLines(Instant from, Instant to,
			ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(ts(from), ts(to)));
		params.addAll(scope.params());
		return jdbc.sql("""
				select c.category, c.product_code, c.channel, count(*) as total,
				  count(*) filter (where c.acknowledged_at is not null and c.acknowledged_at <= c.ack_due_at) as acked,
				  count(*) filter (where c.resolved_at is not null) as decided,
				  count(*) filter (where c.resolved_at is not null and c.resolved_at <= c.regulatory_due_at) as decided_on_time,
				  count(*) filter (where exists (select 1 from complaint_breach b
				                                 where b.complaint_id = c.id and b.sla = 'REGULATORY')) as breaches
				from complaint c where c.received_at >= ? and c.received_at < ?""" + " and " + scope.sql()
				+ " group by 1, 2, 3 order by 1, 2, 3")
			.params(params)
			.query((rs, n) -> new org.clientcare.complaint.RegulatorReportLine(rs.getString("category"),
					rs.getString("product_code"), rs.getString("channel"), rs.getLong("total"), rs.getLong("acked"),
					rs.getLong("decided"), rs.getLong("decided_on_time"), rs.getLong("breaches")))
			.list();
	}

	/** Repeat complainants of the period: how many contacts complained more than once, and how many complaints they made. */
	public long[] repeatCounts(Instant from, Instant to, ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(ts(from), ts(to)));
		params.addAll(scope.params());
		return jdbc.sql("""
				select count(*) as contacts, coalesce(sum(times), 0) as complaints from (
				  select c.contact_hash, count(*) as times from complaint c
				  where c.received_at >= ? and c.received_at < ?""" + " and " + scope.sql()
				+ " group by c.contact_hash having count(*) > 1) r")
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong("contacts"), rs.getLong("complaints") }).single();
	}

	/** Complainants (by contact) with more than one complaint in the period. */
	public List<Map.Entry<ComplaintRow, Long>> repeatComplainants(Instant from, Instant to, ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(ts(from), ts(to)));
		params.addAll(scope.params());
		return jdbc.sql("""
				select c.*, r.times from complaint c join (
				  select contact_hash, count(*) as times, max(id) as latest from complaint c
				  where c.received_at >= ? and c.received_at < ?""" + " and " + scope.sql() + """
				  group by contact_hash having count(*) > 1) r on r.latest = c.id
				order by r.times desc, c.id desc limit 100""")
			.params(params)
			.query((rs, n) -> Map.entry(row(rs, n), rs.getLong("times"))).list();
	}

	/**
	 * Overdue: a deadline missed, whether the SLA sweep has recorded it yet or not: recorded as breached, or missed by
	 * the sweep's own rule ({@link MissedDeadlines}). So the list and the counts of it answer the same before and after
	 * a sweep run. Takes the time {@link MissedDeadlines#TIMES} times.
	 */
	private static final String MISSED = "(c.breached or " + MissedDeadlines.anyMissed("c") + ")";

	private static Where where(ComplaintScope.Filter scope, String status, Boolean overdue, Long departmentId, Instant now) {
		StringBuilder sql = new StringBuilder(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (status != null) {
			sql.append(" and c.status = ?");
			params.add(status);
		}
		if (overdue != null) {
			sql.append(overdue ? " and " : " and not ").append(MISSED);
			params.addAll(Collections.nCopies(MissedDeadlines.TIMES, ts(now)));
		}
		if (departmentId != null) {
			sql.append(" and c.department_id = ?");
			params.add(departmentId);
		}
		return new Where(sql.toString(), params);
	}

	static ComplaintRow row(ResultSet rs, int n) throws SQLException {
		return new ComplaintRow(rs.getLong("id"), rs.getString("complaint_no"), (Long) rs.getObject("customer_id"),
				rs.getString("complainant_name"), rs.getBytes("contact_enc"), rs.getString("channel"),
				rs.getString("category"), rs.getString("content"), rs.getString("product_code"),
				rs.getBigDecimal("amount_in_dispute"), instant(rs, "received_at"), rs.getString("status"),
				(Long) rs.getObject("org_unit_id"), (Long) rs.getObject("department_id"), (Long) rs.getObject("handler_id"),
				rs.getString("registered_by"), instant(rs, "ack_due_at"), instant(rs, "resolution_due_at"),
				instant(rs, "regulatory_due_at"), rs.getInt("regulatory_days"), rs.getInt("extensions"), instant(rs, "acknowledged_at"),
				instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.getString("resolution"),
				rs.getBigDecimal("compensation_amount"), rs.getString("compensation_status"),
				(Integer) rs.getObject("satisfaction"), rs.getInt("reopen_count"), rs.getBoolean("breached"),
				instant(rs, "escalated_at"), rs.getLong("version"), rs.getString("feedback_comment"),
				rs.getString("feedback_source"), instant(rs, "regulatory_from"), rs.getLong("paused_seconds"),
				instant(rs, "paused_at"), rs.getString("pause_reason"), rs.getString("severity"), rs.getString("cause"),
				instant(rs, "compliance_escalated_at"));
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

	/** A complaint to insert, contact already encrypted and hashed. */
	public record NewComplaint(Long customerId, String complainantName, byte[] contactEnc, byte[] contactHash,
			String channel, String category, String content, String productCode, java.math.BigDecimal amountInDispute,
			Instant receivedAt, String zone, Long orgUnitId, String registeredBy, Instant ackDueAt,
			Instant resolutionDueAt, Instant regulatoryDueAt, int regulatoryDays, Instant now, String severity) {
	}
}
