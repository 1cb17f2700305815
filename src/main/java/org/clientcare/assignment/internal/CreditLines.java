package org.clientcare.assignment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assignment_credit_line table: the credit line of each credit customer (授信客户). */
@Repository
public class CreditLines {

	private final JdbcClient jdbc;

	CreditLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BigDecimal> of(long customerId) {
		return jdbc.sql("select amount from assignment_credit_line where customer_id = ?").param(customerId)
			.query(BigDecimal.class).optional();
	}

	/** Sets a positive amount, or removes the line for zero. */
	public void set(long customerId, BigDecimal amount, String by, Instant at) {
		if (amount.signum() == 0) {
			jdbc.sql("delete from assignment_credit_line where customer_id = ?").param(customerId).update();
			return;
		}
		jdbc.sql("""
				insert into assignment_credit_line (customer_id, amount, updated_by, updated_at) values (?, ?, ?, ?)
				on conflict (customer_id) do update set amount = excluded.amount, updated_by = excluded.updated_by,
				  updated_at = excluded.updated_at""")
			.params(customerId, amount, by, Timestamp.from(at)).update();
	}

	/** How many of these customers hold a credit line. */
	public long countAmong(Collection<Long> customerIds) {
		if (customerIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from assignment_credit_line where customer_id = any(?)")
			.param(customerIds.toArray(Long[]::new)).query(Long.class).single();
	}
}
