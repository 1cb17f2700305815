package org.clientcare.complaint.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.complaint.CorrectiveAction.FollowUp;
import org.clientcare.complaint.CorrectiveActionStatus;
import org.clientcare.shared.jdbc.VersionedUpdate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The corrective-action tables: the actions of complaints and the follow-ups recorded on them. */
@Repository
public class ComplaintActions {

	private static final String SELECT = """
			select a.*, c.complaint_no, c.cause from complaint_action a join complaint c on c.id = a.complaint_id""";

	private final JdbcClient jdbc;

	ComplaintActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long complaintId, String description, long ownerId, LocalDate dueDate, String createdBy,
			Instant now) {
		return jdbc.sql("""
				insert into complaint_action (complaint_id, description, owner_id, due_date, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(complaintId, description, ownerId, Date.valueOf(dueDate), createdBy, Complaints.ts(now),
					Complaints.ts(now))
			.query(Long.class).single();
	}

	public Optional<ActionRow> find(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ComplaintActions::row).optional();
	}

	public List<ActionRow> ofComplaint(long complaintId) {
		return jdbc.sql(SELECT + " where a.complaint_id = ? order by a.due_date, a.id").param(complaintId)
			.query(ComplaintActions::row).list();
	}

	/**
	 * The actions of the complaints in scope, open and overdue first: of a status, overdue ones only ({@code today}
	 * past their due date, not finished), of an owner; at most {@code limit}.
	 */
	public List<ActionRow> list(ComplaintScope.Filter scope, String status, boolean overdueOnly, Long ownerId,
			LocalDate today, int limit) {
		return list(scope, status, overdueOnly, ownerId, today, limit, 0);
	}

	/** The actions of the list above from the {@code offset}-th on. */
	public List<ActionRow> list(ComplaintScope.Filter scope, String status, boolean overdueOnly, Long ownerId,
			LocalDate today, int limit, long offset) {
		List<Object> params = new ArrayList<>(scope.params());
		StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(filter(scope, status, overdueOnly, ownerId,
				today, params));
		sql.append(" order by case when a.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, a.due_date, a.id limit ? offset ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(ComplaintActions::row).list();
	}

	/** How many actions the list above finds in all. */
	public long count(ComplaintScope.Filter scope, String status, boolean overdueOnly, Long ownerId, LocalDate today) {
		List<Object> params = new ArrayList<>(scope.params());
		String where = filter(scope, status, overdueOnly, ownerId, today, params);
		return jdbc.sql("select count(*) from complaint_action a join complaint c on c.id = a.complaint_id where " + where)
			.params(params).query(Long.class).single();
	}

	private static String filter(ComplaintScope.Filter scope, String status, boolean overdueOnly, Long ownerId,
			LocalDate today, List<Object> params) {
		StringBuilder sql = new StringBuilder(scope.sql());
		if (status != null) {
			sql.append(" and a.status = ?");
			params.add(status);
		}
		if (overdueOnly) {
			sql.append(" and a.status in ('OPEN', 'IN_PROGRESS') and a.due_date < ?");
			params.add(Date.valueOf(today));
		}
		if (ownerId != null) {
			sql.append(" and a.owner_id = ?");
			params.add(ownerId);
		}
		return sql.toString();
	}

	/** Writes columns if the action is still at {@code version}; false when someone changed it first. */
	public boolean update(long id, long version, Map<String, Object> columns, Instant now) {
		return VersionedUpdate.apply(jdbc, "complaint_action", id, version, columns, now);
	}

	public void followUp(long actionId, Instant at, String actor, String status, String note) {
		jdbc.sql("insert into complaint_action_follow_up (action_id, at, actor, status, note) values (?, ?, ?, ?, ?)")
			.params(actionId, Complaints.ts(at), actor, status, note).update();
	}

	/** The follow-ups of these actions, by action, oldest first. */
	public Map<Long, List<FollowUp>> followUps(List<Long> actionIds) {
		Map<Long, List<FollowUp>> byAction = new LinkedHashMap<>();
		if (actionIds.isEmpty()) {
			return byAction;
		}
		jdbc.sql("select * from complaint_action_follow_up where action_id = any(?) order by at, id")
			.param(actionIds.toArray(Long[]::new))
			.query(rs -> {
				byAction.computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
					.add(new FollowUp(Complaints.instant(rs, "at"), rs.getString("actor"),
							CorrectiveActionStatus.valueOf(rs.getString("status")), rs.getString("note")));
			});
		return byAction;
	}

	/**
	 * The corrective actions of the complaints received from {@code from} until {@code to} within scope, by the complaint's cause
	 * ({@code -} when none yet) and the action's status: {@code [count, overdue]}.
	 */
	public Map<List<String>, long[]> byCauseAndStatus(Instant from, Instant to, LocalDate today,
			ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Complaints.ts(from), Complaints.ts(to)));
		params.addAll(scope.params());
		Map<List<String>, long[]> figures = new LinkedHashMap<>();
		jdbc.sql("""
				select coalesce(c.cause, '-') as cause, a.status, count(*) as total,
				  count(*) filter (where a.status in ('OPEN', 'IN_PROGRESS') and a.due_date < ?) as overdue
				from complaint_action a join complaint c on c.id = a.complaint_id
				where c.received_at >= ? and c.received_at < ?""" + " and " + scope.sql() + " group by 1, 2 order by 1, 2")
			.params(params)
			.query(rs -> {
				figures.put(List.of(rs.getString("cause"), rs.getString("status")),
						new long[] { rs.getLong("total"), rs.getLong("overdue") });
			});
		return figures;
	}

	/** The corrective actions of the period's complaints within scope, open and overdue first; at most 200. */
	public List<ActionRow> ofPeriod(Instant from, Instant to, ComplaintScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(Complaints.ts(from), Complaints.ts(to)));
		params.addAll(scope.params());
		return jdbc.sql(SELECT + " where c.received_at >= ? and c.received_at < ? and " + scope.sql()
				+ " order by case when a.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, a.due_date, a.id limit 200")
			.params(params).query(ComplaintActions::row).list();
	}

	static ActionRow row(ResultSet rs, int n) throws SQLException {
		return new ActionRow(rs.getLong("id"), rs.getLong("complaint_id"), rs.getString("complaint_no"),
				rs.getString("cause"), rs.getString("description"), rs.getLong("owner_id"),
				rs.getObject("due_date", LocalDate.class), rs.getString("status"), rs.getString("created_by"),
				Complaints.instant(rs, "created_at"), Complaints.instant(rs, "completed_at"), rs.getLong("version"));
	}

	/** A corrective action as stored, with its complaint's number and cause. */
	public record ActionRow(long id, long complaintId, String complaintNo, String cause, String description,
			long ownerId, LocalDate dueDate, String status, String createdBy, Instant createdAt, Instant completedAt,
			long version) {
	}
}
