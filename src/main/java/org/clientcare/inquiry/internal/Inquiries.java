package org.clientcare.inquiry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.inquiry.InquiryView.TimelineEntry;
import org.clientcare.shared.jdbc.VersionedUpdate;

import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry tables: inquiries and their timeline. */
@Repository
public class Inquiries {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Inquiries(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** Inserts an inquiry; answers its id and number ({@code ZX} + date of receipt + sequence). */
	public Map.Entry<Long, String> insert(NewInquiry n) {
		return jdbc.sql("""
				insert into inquiry (inquiry_no, customer_id, asker_name, contact_enc, contact_hash, channel, question,
				  received_at, due_at, status, org_unit_id, registered_by, created_at, updated_at)
				values ('ZX' || to_char(?::timestamptz at time zone ?, 'YYYYMMDD') || lpad(nextval('inquiry_no_seq')::text, 6, '0'),
				  ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)
				returning id, inquiry_no""")
			.params(ts(n.receivedAt()), n.zone(), n.customerId(), n.name(), n.contactEnc(), n.contactHash(), n.channel(),
					n.question(), ts(n.receivedAt()), ts(n.dueAt()), n.orgUnitId(), n.registeredBy(), ts(n.now()), ts(n.now()))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).single();
	}

	public Optional<InquiryRow> find(long id, InquiryScope.Filter scope) {
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(scope.params());
		return jdbc.sql("select i.* from inquiry i where i.id = ? and " + scope.sql()).params(params)
			.query(Inquiries::row).optional();
	}

	public Optional<InquiryRow> byNumberAndContact(String inquiryNo, byte[][] contactHashes) {
		return jdbc.sql("select i.* from inquiry i where i.inquiry_no = ? and i.contact_hash in (?, ?)")
			.params(inquiryNo, contactHashes[0], contactHashes[1]).query(Inquiries::row).optional();
	}

	private static final String OPEN = "(i.status in ('OPEN', 'IN_PROGRESS'))";

	public List<InquiryRow> list(InquiryScope.Filter scope, String status, Boolean overdue, Long customerId, Instant now,
			int page, int size) {
		var where = where(scope, status, overdue, customerId, now);
		where.params().add(size);
		where.params().add((long) page * size);
		// the work still to do first, the earliest due on top; then the answered and converted ones, the latest first
		return jdbc.sql("select i.* from inquiry i where " + where.sql() + " order by " + OPEN + " desc, case when " + OPEN
				+ " then i.due_at end, i.due_at desc, i.id desc limit ? offset ?")
			.params(where.params()).query(Inquiries::row).list();
	}

	public ListCount count(InquiryScope.Filter scope, String status, Boolean overdue, Long customerId, Instant now) {
		var where = where(scope, status, overdue, customerId, now);
		return counts.count("from inquiry i where " + where.sql(), where.params());
	}

	/**
	 * Within the scope: received from {@code from} until before {@code to}; fallen due then (answered, made a complaint,
	 * or still open past its due time at {@code now}); of those, closed by their due time; open now; overdue now.
	 */
	public long[] figures(InquiryScope.Filter scope, Instant from, Instant to, Instant now) {
		List<Object> params = new ArrayList<>(List.of(ts(from), ts(to), ts(from), ts(to), ts(now), ts(from), ts(to), ts(now)));
		params.addAll(scope.params());
		return jdbc.sql("""
				select count(*) filter (where i.received_at >= ? and i.received_at < ?) as received,
				       count(*) filter (where i.due_at >= ? and i.due_at < ?
				                          and (i.status in ('ANSWERED', 'CONVERTED') or i.due_at <= ?)) as due,
				       count(*) filter (where i.due_at >= ? and i.due_at < ?
				                          and coalesce(i.answered_at, i.converted_at) <= i.due_at) as on_time,
				       count(*) filter (where i.status in ('OPEN', 'IN_PROGRESS')) as open,
				       count(*) filter (where i.status in ('OPEN', 'IN_PROGRESS') and (i.overdue or i.due_at < ?)) as overdue
				from inquiry i""" + " where " + scope.sql())
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong("received"), rs.getLong("due"), rs.getLong("on_time"),
					rs.getLong("open"), rs.getLong("overdue") })
			.single();
	}

	/** Every inquiry of one customer, newest first, whatever the scope (the caller checked it). */
	public List<InquiryRow> ofCustomer(long customerId) {
		return jdbc.sql("select i.* from inquiry i where i.customer_id = ? order by i.received_at desc, i.id desc")
			.param(customerId).query(Inquiries::row).list();
	}

	/** Writes columns if the inquiry is still at {@code version}; false when someone changed it first. */
	public boolean update(long id, long version, Map<String, Object> columns, Instant now) {
		return VersionedUpdate.apply(jdbc, "inquiry", id, version, columns, now);
	}

	public void event(long inquiryId, Instant at, String actor, String kind, String detail) {
		jdbc.sql("insert into inquiry_event (inquiry_id, at, actor, kind, detail) values (?, ?, ?, ?, ?)")
			.params(inquiryId, ts(at), actor, kind, detail).update();
	}

	public List<TimelineEntry> timeline(long inquiryId) {
		return jdbc.sql("select * from inquiry_event where inquiry_id = ? order by at, id").param(inquiryId)
			.query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
					rs.getString("detail")))
			.list();
	}

	private static Where where(InquiryScope.Filter scope, String status, Boolean overdue, Long customerId, Instant now) {
		StringBuilder sql = new StringBuilder(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (status != null) {
			sql.append(" and i.status = ?");
			params.add(status);
		}
		String late = "(i.overdue or (i.status in ('OPEN', 'IN_PROGRESS') and i.due_at < ?))";
		if (overdue != null) {
			sql.append(Boolean.TRUE.equals(overdue) ? " and " : " and not ").append(late);
			params.add(ts(now));
		}
		if (customerId != null) {
			sql.append(" and i.customer_id = ?");
			params.add(customerId);
		}
		return new Where(sql.toString(), params);
	}

	static InquiryRow row(ResultSet rs, int n) throws SQLException {
		return new InquiryRow(rs.getLong("id"), rs.getString("inquiry_no"), (Long) rs.getObject("customer_id"),
				rs.getString("asker_name"), rs.getBytes("contact_enc"), rs.getString("channel"), rs.getString("question"),
				instant(rs, "received_at"), instant(rs, "due_at"), rs.getString("status"), (Long) rs.getObject("org_unit_id"),
				rs.getString("registered_by"), (Long) rs.getObject("assignee_id"), rs.getString("answer"),
				instant(rs, "answered_at"), rs.getString("answered_by"), (Long) rs.getObject("complaint_id"),
				rs.getBoolean("overdue"), rs.getLong("version"));
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

	/** An inquiry to insert, contact already encrypted and hashed. */
	public record NewInquiry(Long customerId, String name, byte[] contactEnc, byte[] contactHash, String channel,
			String question, Instant receivedAt, String zone, Instant dueAt, Long orgUnitId, String registeredBy,
			Instant now) {
	}
}
