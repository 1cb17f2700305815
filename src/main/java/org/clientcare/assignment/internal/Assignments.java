package org.clientcare.assignment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.clientcare.assignment.Assignment;
import org.clientcare.assignment.AssignmentSource;
import org.clientcare.assignment.Attribution;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assignment_history table: one row per customer and move, never changed. */
@Repository
public class Assignments {

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the same move for many customers in one statement. */
	public void record(Collection<Long> customerIds, String from, String to, String reason, AssignmentSource source,
			Attribution attribution, String by, Long approvalId, Instant at) {
		jdbc.sql("""
				insert into assignment_history (customer_id, from_manager, to_manager, reason, source, deposit_share,
				  non_deposit_share, assigned_by, approval_id, assigned_at)
				select unnest(cast(? as bigint[])), ?, ?, ?, ?, ?, ?, ?, ?, ?""")
			.params(customerIds.toArray(Long[]::new), from, to, reason, source.name(), attribution.depositShare(),
					attribution.nonDepositShare(), by, approvalId, Timestamp.from(at))
			.update();
	}

	/** A customer's history, newest first. */
	public List<Assignment> of(long customerId) {
		return jdbc.sql("select * from assignment_history where customer_id = ? order by id desc").param(customerId)
			.query(Assignments::row).list();
	}

	private static Assignment row(ResultSet rs, int n) throws SQLException {
		AssignmentSource source = AssignmentSource.valueOf(rs.getString("source"));
		return new Assignment(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("from_manager"),
				rs.getString("to_manager"), rs.getString("reason"), source,
				new Attribution(rs.getBigDecimal("deposit_share"), rs.getBigDecimal("non_deposit_share"),
						source == AssignmentSource.HANDOVER),
				rs.getString("assigned_by"), (Long) rs.getObject("approval_id"),
				rs.getObject("assigned_at", OffsetDateTime.class).toInstant());
	}
}
