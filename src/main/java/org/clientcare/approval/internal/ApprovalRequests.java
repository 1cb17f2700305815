package org.clientcare.approval.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.ApprovalStatus;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The approval_request table. */
@Repository
public class ApprovalRequests {

	private static final RowMapper<ApprovalRequest> ROW = (rs, n) -> new ApprovalRequest(rs.getLong("id"),
			rs.getString("type"), rs.getString("subject_type"), rs.getString("subject_id"), (Long) rs.getObject("org_unit_id"),
			rs.getString("summary"), rs.getString("reason"), rs.getString("requested_by"),
			rs.getObject("requested_at", OffsetDateTime.class).toInstant(), ApprovalStatus.valueOf(rs.getString("status")),
			rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class) == null ? null
					: rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
			rs.getString("decision_note"));

	private final JdbcClient jdbc;

	ApprovalRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a pending request; without {@code customerId} the payload's {@code customerId} names the customer. */
	public long insert(String type, String subjectType, String subjectId, Long orgUnitId, String summary, String payload,
			String reason, String requestedBy, Instant at, Long customerId) {
		return jdbc.sql("""
				insert into approval_request (type, subject_type, subject_id, org_unit_id, summary, payload, reason,
				  requested_by, requested_at, status, customer_id)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, 'PENDING',
				  coalesce(cast(? as bigint), case when cast(? as jsonb) ->> 'customerId' ~ '^[0-9]{1,18}$'
				                                   then (cast(? as jsonb) ->> 'customerId')::bigint end))
				returning id""")
			.params(type, subjectType, subjectId, orgUnitId, summary, payload, reason, requestedBy, Timestamp.from(at),
					customerId, payload, payload)
			.query(Long.class).single();
	}

	/**
	 * The ids of those requests about a customer in the restricted state, for the badge on the approvals page: read from
	 * {@code customer_ref}, the view the customer module publishes (this module depends on no customer code).
	 */
	public java.util.Set<Long> aboutRestrictedCustomers(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select a.id from approval_request a join customer_ref c on c.id = a.customer_id
				 where c.restricted and a.id = any(?)""")
			.param(ids.toArray(Long[]::new)).query(Long.class).list());
	}

	public Optional<ApprovalRequest> find(long id) {
		return jdbc.sql("select * from approval_request where id = ?").param(id).query(ROW).optional();
	}

	/** The payload as stored (JSON). */
	public String payload(long id) {
		return jdbc.sql("select payload::text from approval_request where id = ?").param(id).query(String.class).single();
	}

	/** Decides a pending request; false when it was decided meanwhile. */
	public boolean decide(long id, ApprovalStatus status, String by, String note, Instant at) {
		return jdbc.sql("""
				update approval_request set status = ?, decided_by = ?, decision_note = ?, decided_at = ?, version = version + 1
				where id = ? and status = 'PENDING'""")
			.params(status.name(), by, note, Timestamp.from(at), id).update() == 1;
	}

	public List<ApprovalRequest> list(ApprovalStatus status, int limit) {
		return jdbc.sql("select * from approval_request where (cast(? as text) is null or status = ?) order by id desc limit ?")
			.params(status == null ? null : status.name(), status == null ? null : status.name(), limit).query(ROW).list();
	}

	/** The newest {@code limit} requests the user made, whatever their status, newest first. */
	public List<ApprovalRequest> requestedBy(String username, int limit) {
		return jdbc.sql("select * from approval_request where requested_by = ? order by id desc limit ?")
			.params(username, limit).query(ROW).list();
	}

	/** Up to {@code limit} pending requests with an id below {@code belowId}, newest first: one batch of a scan. */
	public List<ApprovalRequest> pendingBelow(long belowId, int limit) {
		return jdbc.sql("select * from approval_request where status = 'PENDING' and id < ? order by id desc limit ?")
			.params(belowId, limit).query(ROW).list();
	}

	public boolean pendingExists(String type, String subjectType, String subjectId) {
		return jdbc.sql("""
				select exists (select 1 from approval_request
				where type = ? and subject_type = ? and subject_id = ? and status = 'PENDING')""")
			.params(type, subjectType, subjectId).query(Boolean.class).single();
	}

	/**
	 * Scrubs the free text of the requests about these subjects — summary, reason, decision note and a {@code reason}
	 * in the payload — with {@code replaced}; answers the rows changed (none the second time).
	 */
	public int anonymiseSubjects(String subjectType, String[] subjectIds, String replaced) {
		return jdbc.sql("""
				update approval_request
				   set summary = :replaced, reason = :replaced,
				       decision_note = case when decision_note is null then null else :replaced end,
				       payload = case when payload -> 'reason' is not null then jsonb_set(payload, '{reason}', to_jsonb(:replaced::text))
				                      else payload end
				 where subject_type = :type and subject_id = any(:ids) and reason <> :replaced""")
			.param("replaced", replaced).param("type", subjectType).param("ids", subjectIds).update();
	}
}
