package org.clientcare.casework.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.casework.CaseView.Document;
import org.clientcare.casework.CaseView.EventEntry;
import org.clientcare.shared.jdbc.VersionedUpdate;

import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case tables: cases, their stints in stages, their other steps and their document checklists. */
@Repository
public class Cases {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Cases(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** Inserts a case in its first stage; answers its id and number ({@code YW} + date opened + sequence). */
	public Map.Entry<Long, String> insert(NewCase n) {
		return jdbc.sql("""
				insert into client_case (case_no, customer_id, type_code, template_id, title, amount, complex, status,
				  stage_position, stage_entered_at, stage_due_at, org_unit_id, departments, created_by, created_at, updated_at,
				  mobile_hash)
				values ('YW' || to_char(?::timestamptz at time zone ?, 'YYYYMMDD') || lpad(nextval('case_no_seq')::text, 6, '0'),
				  ?, ?, ?, ?, ?, ?, 'OPEN', 1, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id, case_no""")
			.params(ts(n.now()), n.zone(), n.customerId(), n.type(), n.templateId(), n.title(), n.amount(), n.complex(),
					ts(n.now()), ts(n.dueAt()), n.orgUnitId(), n.departments().toArray(Long[]::new), n.createdBy(),
					ts(n.now()), ts(n.now()), n.mobileHash())
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).single();
	}

	public Optional<CaseRow> find(long id, CaseScope.Filter scope) {
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(scope.params());
		return jdbc.sql("select k.* from client_case k where k.id = ? and " + scope.sql()).params(params)
			.query(Cases::row).optional();
	}

	/** The case with this number whose customer had this mobile number (hashed) when it was opened. */
	public Optional<CaseRow> byNumberAndMobile(String caseNo, byte[][] mobileHashes) {
		return jdbc.sql("select k.* from client_case k where k.case_no = ? and k.mobile_hash in (?, ?)")
			.params(caseNo, mobileHashes[0], mobileHashes[1]).query(Cases::row).optional();
	}

	/** Open and paused cases within the scope, overdue first, then longest in their stage; at most {@code limit}. */
	public List<CaseRow> aging(CaseScope.Filter scope, Instant now, int limit) {
		List<Object> params = new ArrayList<>(scope.params());
		params.add(ts(now));
		params.add(limit);
		return jdbc.sql("select k.* from client_case k where " + scope.sql() + " and k.status in ('OPEN', 'PAUSED')"
				+ " order by (k.overdue or (k.status = 'OPEN' and k.stage_due_at < ?)) desc, k.stage_entered_at, k.id limit ?")
			.params(params).query(Cases::row).list();
	}

	/** Open and paused cases within the scope counted by type and stage code. */
	public List<AgingCount> agingCounts(CaseScope.Filter scope, Instant now) {
		List<Object> params = new ArrayList<>();
		params.add(ts(now));
		params.add(ts(now));
		params.addAll(scope.params());
		return jdbc.sql("select k.type_code, s.code, min(s.position) as position, count(*) as n,"
				+ " count(*) filter (where k.overdue or (k.status = 'OPEN' and k.stage_due_at < ?)) as late,"
				+ " floor(max(extract(epoch from (?::timestamptz - k.stage_entered_at))) / 86400)::bigint as max_days"
				+ " from client_case k join case_template_stage s on s.template_id = k.template_id"
				+ " and s.position = k.stage_position where k.status in ('OPEN', 'PAUSED') and " + scope.sql()
				+ " group by k.type_code, s.code order by k.type_code, min(s.position)")
			.params(params)
			.query((rs, n) -> new AgingCount(rs.getString("type_code"), rs.getString("code"), rs.getLong("n"),
					rs.getLong("late"), rs.getLong("max_days")))
			.list();
	}

	/** The cases of one customer within the scope, newest first. */
	public List<CaseRow> ofCustomer(long customerId, CaseScope.Filter scope, int limit) {
		List<Object> params = new ArrayList<>();
		params.add(customerId);
		params.addAll(scope.params());
		params.add(limit);
		return jdbc.sql("select k.* from client_case k where k.customer_id = ? and " + scope.sql()
				+ " order by k.created_at desc, k.id desc limit ?").params(params).query(Cases::row).list();
	}

	public List<CaseRow> list(CaseScope.Filter scope, Criteria criteria, Instant now, int page, int size) {
		var where = where(scope, criteria, now);
		where.params().add(size);
		where.params().add((long) page * size);
		return jdbc.sql("select k.* from client_case k where " + where.sql()
				+ " order by k.status in ('COMPLETED', 'REJECTED'), k.stage_due_at, k.id limit ? offset ?")
			.params(where.params()).query(Cases::row).list();
	}

	public ListCount count(CaseScope.Filter scope, Criteria criteria, Instant now) {
		var where = where(scope, criteria, now);
		return counts.count("from client_case k where " + where.sql(), where.params());
	}

	/** Writes columns if the case is still at {@code version}; false when someone changed it first. */
	public boolean update(long id, long version, Map<String, Object> columns, Instant now) {
		return VersionedUpdate.apply(jdbc, "client_case", id, version, columns, now);
	}

	public void enterStage(long caseId, int position, String code, Instant at, String by, String note, Instant dueAt) {
		jdbc.sql("update client_case_stage set left_at = ? where case_id = ? and left_at is null").params(ts(at), caseId)
			.update();
		jdbc.sql("""
				insert into client_case_stage (case_id, position, stage_code, entered_at, entered_by, note, due_at)
				values (?, ?, ?, ?, ?, ?, ?)""").params(caseId, position, code, ts(at), by, note, ts(dueAt)).update();
	}

	/** Closes the current stint (the case is completed or rejected). */
	public void leaveStage(long caseId, Instant at) {
		jdbc.sql("update client_case_stage set left_at = ? where case_id = ? and left_at is null").params(ts(at), caseId)
			.update();
	}

	/** Moves the current stint's due time (after a pause, or when the case turned complex). */
	public void moveStageDue(long caseId, Instant dueAt) {
		jdbc.sql("update client_case_stage set due_at = ? where case_id = ? and left_at is null").params(ts(dueAt), caseId)
			.update();
	}

	public List<Stint> history(long caseId) {
		return jdbc.sql("select * from client_case_stage where case_id = ? order by entered_at, id").param(caseId)
			.query((rs, n) -> new Stint(rs.getInt("position"), rs.getString("stage_code"), instant(rs, "entered_at"),
					instant(rs, "left_at"), instant(rs, "due_at"), rs.getString("entered_by"), rs.getString("note")))
			.list();
	}

	public void event(long caseId, Instant at, String actor, String kind, String detail) {
		jdbc.sql("insert into client_case_event (case_id, at, actor, kind, detail) values (?, ?, ?, ?, ?)")
			.params(caseId, ts(at), actor, kind, detail).update();
	}

	public List<EventEntry> events(long caseId) {
		return jdbc.sql("select * from client_case_event where case_id = ? order by at, id").param(caseId)
			.query((rs, n) -> new EventEntry(instant(rs, "at"), rs.getString("kind"), rs.getString("actor"),
					rs.getString("detail")))
			.list();
	}

	public boolean hasChecklist(long caseId) {
		return jdbc.sql("select exists (select 1 from client_case_document where case_id = ?)").param(caseId)
			.query(Boolean.class).single();
	}

	public void checklist(long caseId, List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			jdbc.sql("insert into client_case_document (case_id, position, name) values (?, ?, ?)")
				.params(caseId, i + 1, names.get(i)).update();
		}
	}

	/** Ticks a document off; false when it is not on this case's list or came in already. */
	public boolean received(long caseId, long documentId, Instant at, String by) {
		return jdbc.sql("""
				update client_case_document set received_at = ?, received_by = ?
				where id = ? and case_id = ? and received_at is null""").params(ts(at), by, documentId, caseId)
			.update() == 1;
	}

	public List<Document> documents(long caseId) {
		return jdbc.sql("select * from client_case_document where case_id = ? order by position").param(caseId)
			.query((rs, n) -> new Document(rs.getLong("id"), rs.getString("name"), instant(rs, "received_at"),
					rs.getString("received_by")))
			.list();
	}

	private static Where where(CaseScope.Filter scope, Criteria c, Instant now) {
		StringBuilder sql = new StringBuilder(scope.sql());
		List<Object> params = new ArrayList<>(scope.params());
		if (c.customerId() != null) {
			sql.append(" and k.customer_id = ?");
			params.add(c.customerId());
		}
		if (c.type() != null) {
			sql.append(" and k.type_code = ?");
			params.add(c.type());
		}
		if (c.status() != null) {
			sql.append(" and k.status = ?");
			params.add(c.status());
		}
		if (c.overdue() != null) {
			sql.append(Boolean.TRUE.equals(c.overdue()) ? " and " : " and not ")
				.append("(k.status = 'OPEN' and (k.overdue or k.stage_due_at < ?))");
			params.add(ts(now));
		}
		return new Where(sql.toString(), params);
	}

	static CaseRow row(ResultSet rs, int n) throws SQLException {
		Array departments = rs.getArray("departments");
		List<Long> units = departments == null ? List.of()
				: Arrays.stream((Object[]) departments.getArray()).map(o -> ((Number) o).longValue()).toList();
		return new CaseRow(rs.getLong("id"), rs.getString("case_no"), rs.getLong("customer_id"),
				rs.getString("type_code"), rs.getLong("template_id"), rs.getString("title"),
				rs.getObject("amount", BigDecimal.class), rs.getBoolean("complex"), rs.getString("status"),
				rs.getInt("stage_position"), instant(rs, "stage_entered_at"), instant(rs, "stage_due_at"),
				instant(rs, "paused_at"), rs.getBoolean("overdue"), rs.getLong("org_unit_id"), units,
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "closed_at"),
				rs.getString("reject_reason"), instant(rs, "refusal_notice_due_at"), rs.getLong("version"));
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

	/** What a list of cases is narrowed to; {@code null} leaves a criterion out. */
	public record Criteria(Long customerId, String type, String status, Boolean overdue) {
	}

	/** How many open cases of a type stand in a stage, how many of them overdue, the longest there in days. */
	public record AgingCount(String type, String stage, long open, long overdue, long maxDays) {
	}

	/** A stint in a stage. */
	public record Stint(int position, String code, Instant enteredAt, Instant leftAt, Instant dueAt, String by,
			String note) {
	}

	/** A case to insert. */
	public record NewCase(long customerId, String type, long templateId, String title, BigDecimal amount,
			boolean complex, Instant dueAt, long orgUnitId, List<Long> departments, String createdBy, Instant now,
			String zone, byte[] mobileHash) {
	}
}
