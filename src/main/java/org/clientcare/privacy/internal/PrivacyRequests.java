package org.clientcare.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientcare.customer.CustomerScope;

import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code privacy_request} table, read within the customers' scope through the published {@code customer_ref}. */
@Repository
public class PrivacyRequests {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	PrivacyRequests(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** A stored request. */
	public record Row(long id, String requestNo, long customerId, long orgUnitId, String kind, String channel,
			String details, LocalDate receivedOn, LocalDate dueDate, String status, String outcome, Long assigneeId,
			String answer, Instant answeredAt, String answeredBy, String registeredBy, long version) {
	}

	/** What a list asks for; {@code null} fields do not narrow it. */
	public record Criteria(String status, String kind, Boolean overdue, Long customerId, LocalDate today) {
	}

	public long insert(long customerId, long orgUnitId, String kind, String channel, String details, LocalDate receivedOn,
			LocalDate dueDate, String registeredBy, Instant now) {
		return jdbc.sql("""
				insert into privacy_request (request_no, customer_id, org_unit_id, kind, channel, details, received_on,
				  due_date, status, registered_by, created_at)
				values ('DSR' || lpad(nextval('privacy_request_no_seq')::text, 7, '0'), ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
				returning id""")
			.params(customerId, orgUnitId, kind, channel, details, receivedOn, dueDate, registeredBy, Timestamp.from(now))
			.query(Long.class).single();
	}

	public Optional<Row> find(long id, CustomerScope scope) {
		Where where = Where.of(scope);
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(where.params());
		return jdbc.sql("select p.* from privacy_request p join customer_ref r on r.id = p.customer_id where p.id = ? and "
				+ where.sql()).params(params).query(PrivacyRequests::row).optional();
	}

	public List<Row> list(Criteria criteria, CustomerScope scope, int page, int size) {
		Where where = where(criteria, scope);
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql("select p.* from privacy_request p join customer_ref r on r.id = p.customer_id where " + where.sql()
				+ " order by (p.status = 'OPEN') desc, p.due_date, p.id limit ? offset ?").params(params)
			.query(PrivacyRequests::row).list();
	}

	public ListCount count(Criteria criteria, CustomerScope scope) {
		Where where = where(criteria, scope);
		return counts.count("from privacy_request p join customer_ref r on r.id = p.customer_id where " + where.sql(),
				where.params());
	}

	public boolean assign(long id, long assigneeId) {
		return jdbc.sql("update privacy_request set assignee_id = ?, version = version + 1 where id = ? and status = 'OPEN'")
			.params(assigneeId, id).update() == 1;
	}

	public boolean answer(long id, String outcome, String answer, Instant at, String by) {
		return jdbc.sql("""
				update privacy_request set status = 'ANSWERED', outcome = ?, answer = ?, answered_at = ?, answered_by = ?,
				  version = version + 1
				where id = ? and status = 'OPEN'""")
			.params(outcome, answer, Timestamp.from(at), by, id).update() == 1;
	}

	/** received, answered, answered on time (answered between {@code from} and {@code to}), open, overdue. */
	/** Received, answered, answered on time, open, overdue; {@code orgUnits} (a subtree) or all units in scope. */
	public long[] figures(LocalDate from, LocalDate to, LocalDate today, CustomerScope scope, String zone, Long[] orgUnits) {
		Where where = Where.of(scope);
		List<Object> params = new ArrayList<>(List.of(from, to, zone, from, to, zone, from, to, zone, today));
		params.addAll(where.params());
		String units = "";
		if (orgUnits != null) {
			units = " and p.org_unit_id = any(?)";
			params.add(orgUnits);
		}
		return jdbc.sql("""
				select count(*) filter (where p.received_on between ? and ?),
				  count(*) filter (where p.status = 'ANSWERED' and (p.answered_at at time zone ?)::date between ? and ?),
				  count(*) filter (where p.status = 'ANSWERED' and (p.answered_at at time zone ?)::date between ? and ?
				    and (p.answered_at at time zone ?)::date <= p.due_date),
				  count(*) filter (where p.status = 'OPEN'),
				  count(*) filter (where p.status = 'OPEN' and p.due_date < ?)
				from privacy_request p join customer_ref r on r.id = p.customer_id where """ + " " + where.sql() + units)
			.params(params).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5) }).single();
	}

	private static Where where(Criteria criteria, CustomerScope scope) {
		Where scoped = Where.of(scope);
		StringBuilder sql = new StringBuilder(scoped.sql());
		List<Object> params = new ArrayList<>(scoped.params());
		if (criteria.status() != null) {
			sql.append(" and p.status = ?");
			params.add(criteria.status());
		}
		if (criteria.kind() != null) {
			sql.append(" and p.kind = ?");
			params.add(criteria.kind());
		}
		if (criteria.customerId() != null) {
			sql.append(" and p.customer_id = ?");
			params.add(criteria.customerId());
		}
		if (criteria.overdue() != null) {
			sql.append(criteria.overdue() ? " and p.status = 'OPEN' and p.due_date < ?"
					: " and not (p.status = 'OPEN' and p.due_date < ?)");
			params.add(criteria.today());
		}
		return new Where(sql.toString(), params);
	}

	/** The customer scope as a condition over {@code customer_ref r}. */
	record Where(String sql, List<Object> params) {

		static Where of(CustomerScope scope) {
			return switch (scope.reach()) {
				case EVERYONE -> new Where("true", List.of());
				case NOBODY -> new Where("false", List.of());
				case MANAGED_BY -> new Where("r.manager_id = ?", List.of(scope.managerId()));
				case IN_UNITS -> new Where("r.org_unit_id = any(?)", List.<Object>of((Object) scope.orgUnitIdArray()));
				case LISTED -> new Where("r.id = any(?)", List.<Object>of((Object) scope.customerIdArray()));
			};
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("request_no"), rs.getLong("customer_id"), rs.getLong("org_unit_id"),
				rs.getString("kind"), rs.getString("channel"), rs.getString("details"),
				rs.getObject("received_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				rs.getString("status"), rs.getString("outcome"), (Long) rs.getObject("assignee_id"), rs.getString("answer"),
				answeredAt == null ? null : answeredAt.toInstant(), rs.getString("answered_by"),
				rs.getString("registered_by"), rs.getLong("version"));
	}
}
