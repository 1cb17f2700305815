package org.clientcare.remediation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.clientcare.customer.CustomerScope;
import org.clientcare.remediation.CustomerChoice;
import org.clientcare.remediation.Remediation;

import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code remediation} table. Reads join the customer module's published view {@code customer_ref} for the data
 * scope: a remediation is seen by whoever sees its customer, and by the staff member it is assigned to.
 */
@Repository
public class Remediations {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Remediations(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** A SQL condition over {@code remediation r} and {@code customer_ref c} with its parameters. */
	public record Filter(String sql, List<Object> params) {

		public static Filter all() {
			return new Filter("true", List.of());
		}

		/** This filter and one more condition. */
		public Filter and(String condition, Object param) {
			List<Object> all = new ArrayList<>(params);
			all.add(param);
			return new Filter("(" + sql + ") and " + condition, all);
		}

		/** What {@code scope} sees, and what is assigned to {@code userId}. */
		public static Filter of(CustomerScope scope, Long userId) {
			Filter customers = switch (scope.reach()) {
				case EVERYONE -> all();
				case NOBODY -> new Filter("false", List.of());
				case MANAGED_BY -> new Filter("c.manager_id = ?", List.of(scope.managerId()));
				case IN_UNITS -> new Filter("c.org_unit_id = any(?)", List.of((Object) scope.orgUnitIdArray()));
				case LISTED -> new Filter("c.id = any(?)", List.of((Object) scope.customerIdArray()));
			};
			if (userId == null) {
				return customers;
			}
			List<Object> params = new ArrayList<>(customers.params());
			params.add(userId);
			return new Filter("(" + customers.sql() + " or r.assignee_id = ?)", params);
		}
	}

	/** Opens a remediation; false when its finding opened one before. */
	public boolean open(Remediation.Source source, long sourceId, long customerId, long orgUnitId, Long transactionId,
			String productCode, List<String> findings, Long sellerId, Instant openedAt, LocalDate dueDate) {
		return jdbc.sql("""
				insert into remediation (source, source_id, source_key, customer_id, org_unit_id, transaction_id,
				  product_code, findings, seller_id, opened_at, due_date, status)
				values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, 'OPEN') on conflict (source_key) do nothing""")
			.params(source.name(), sourceId, source.name().toLowerCase() + ":" + sourceId, customerId, orgUnitId,
					transactionId, productCode, findings.toArray(String[]::new), sellerId, Timestamp.from(openedAt), dueDate)
			.update() > 0;
	}

	public Optional<RemediationRow> bySource(Remediation.Source source, long sourceId) {
		return jdbc.sql("select * from remediation where source_key = ?").param(source.name().toLowerCase() + ":" + sourceId)
			.query(Remediations::row).optional();
	}

	public Optional<RemediationRow> find(long id, Filter filter) {
		List<Object> params = new ArrayList<>(filter.params());
		params.add(0, id);
		return jdbc.sql("select r.* from remediation r join customer_ref c on c.id = r.customer_id where r.id = ? and "
				+ filter.sql()).params(params).query(Remediations::row).optional();
	}

	public Optional<RemediationRow> lock(long id) {
		return jdbc.sql("select * from remediation where id = ? for update").param(id).query(Remediations::row).optional();
	}

	/** Open or resolved ones ({@code status} null: both), only overdue ones when asked, the earliest due first. */
	public List<RemediationRow> list(Remediation.Status status, Boolean overdue, LocalDate today, Filter filter, int page,
			int size) {
		List<Object> params = new ArrayList<>();
		String where = where(status, overdue, today, filter, params);
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql("select r.* from remediation r join customer_ref c on c.id = r.customer_id where " + where
				+ " order by r.status, r.due_date, r.id limit ? offset ?").params(params).query(Remediations::row).list();
	}

	public ListCount count(Remediation.Status status, Boolean overdue, LocalDate today, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(status, overdue, today, filter, params);
		return counts.count("from remediation r join customer_ref c on c.id = r.customer_id where " + where, params);
	}

	private static String where(Remediation.Status status, Boolean overdue, LocalDate today, Filter filter,
			List<Object> params) {
		StringBuilder where = new StringBuilder(filter.sql());
		params.addAll(filter.params());
		if (status != null) {
			where.append(" and r.status = ?");
			params.add(status.name());
		}
		if (overdue != null) {
			where.append(overdue ? " and r.status = 'OPEN' and r.due_date < ?" : " and not (r.status = 'OPEN' and r.due_date < ?)");
			params.add(today);
		}
		return where.toString();
	}

	public void assign(long id, long assigneeId, Instant at) {
		jdbc.sql("update remediation set assignee_id = ?, assigned_at = ?, version = version + 1 where id = ?")
			.params(assigneeId, Timestamp.from(at), id).update();
	}

	public void resolve(long id, CustomerChoice choice, BigDecimal refund, String outcome, Instant at, String by) {
		jdbc.sql("""
				update remediation set status = 'RESOLVED', choice = ?, refund_amount = ?, outcome = ?, resolved_at = ?,
				  resolved_by = ?, version = version + 1 where id = ?""")
			.params(choice.name(), refund, outcome, Timestamp.from(at), by, id).update();
	}

	public void refund(long id, Remediation.RefundStatus status, Long requestId) {
		jdbc.sql("update remediation set refund_status = ?, refund_request_id = coalesce(?, refund_request_id), "
				+ "version = version + 1 where id = ?").params(status.name(), requestId, id).update();
	}

	/** Marks the open remediations due before {@code today} and not yet escalated; answers them. */
	public List<RemediationRow> escalate(LocalDate today, Instant at) {
		return jdbc.sql("""
				update remediation set escalated_at = ?, version = version + 1
				where status = 'OPEN' and due_date < ? and escalated_at is null returning *""")
			.params(Timestamp.from(at), today).query(Remediations::row).list();
	}

	/**
	 * Figures of the remediations opened from {@code from} to {@code to} by {@code key} ({@code product_code},
	 * {@code seller_id} or {@code org_unit_id}): opened, resolved, resolved by the due day, open and overdue.
	 */
	public List<Object[]> figures(String key, Instant from, Instant to, LocalDate today, String zone, Filter filter) {
		if (!List.of("product_code", "seller_id", "org_unit_id").contains(key)) {
			throw new IllegalArgumentException(key);
		}
		List<Object> params = new ArrayList<>(List.of(zone, today, Timestamp.from(from), Timestamp.from(to)));
		params.addAll(filter.params());
		return jdbc.sql("""
				select cast(r.%s as text) as k, count(*) as opened, count(r.resolved_at) as resolved,
				  count(*) filter (where (r.resolved_at at time zone ?)::date <= r.due_date) as on_time,
				  count(*) filter (where r.status = 'OPEN' and r.due_date < ?) as overdue
				from remediation r join customer_ref c on c.id = r.customer_id
				where r.opened_at >= ? and r.opened_at < ? and %s
				group by r.%s order by opened desc, k""".formatted(key, filter.sql(), key))
			.params(params)
			.query((rs, n) -> new Object[] { rs.getString("k"), rs.getLong("opened"), rs.getLong("resolved"),
					rs.getLong("on_time"), rs.getLong("overdue") })
			.list();
	}

	static RemediationRow row(ResultSet rs, int n) throws SQLException {
		java.sql.Array findings = rs.getArray("findings");
		String choice = rs.getString("choice");
		String refund = rs.getString("refund_status");
		return new RemediationRow(rs.getLong("id"), Remediation.Source.valueOf(rs.getString("source")),
				rs.getLong("source_id"), rs.getLong("customer_id"), rs.getLong("org_unit_id"),
				(Long) rs.getObject("transaction_id"), rs.getString("product_code"),
				findings == null ? List.of() : Arrays.stream((Object[]) findings.getArray()).map(Object::toString).toList(),
				(Long) rs.getObject("seller_id"), instant(rs, "opened_at"), rs.getObject("due_date", LocalDate.class),
				Remediation.Status.valueOf(rs.getString("status")), (Long) rs.getObject("assignee_id"),
				instant(rs, "assigned_at"), choice == null ? null : CustomerChoice.valueOf(choice),
				rs.getBigDecimal("refund_amount"), refund == null ? null : Remediation.RefundStatus.valueOf(refund),
				(Long) rs.getObject("refund_request_id"), rs.getString("outcome"), instant(rs, "resolved_at"),
				rs.getString("resolved_by"), instant(rs, "escalated_at"), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
