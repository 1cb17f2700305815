package org.clientcare.suitability.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.suitability.CoolingOffPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code cooling_off_period} table: one period per purchase of a product with a cooling-off period. */
@Repository
public class CoolingOffPeriods {

	private final JdbcClient jdbc;

	CoolingOffPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens the period of a purchase; nothing when the transaction has one. */
	public void open(long customerId, long transactionId, String productCode, Instant startsAt, Instant endsAt) {
		jdbc.sql("""
				insert into cooling_off_period (customer_id, transaction_id, product_code, starts_at, ends_at)
				values (?, ?, ?, ?, ?) on conflict (transaction_id) do nothing""")
			.params(customerId, transactionId, productCode, Timestamp.from(startsAt), Timestamp.from(endsAt)).update();
	}

	/** The latest period of the product in force at {@code at} and not cancelled, locked. */
	public Optional<Long> lockOpen(long customerId, String productCode, Instant at) {
		return jdbc.sql("""
				select id from cooling_off_period
				where customer_id = ? and product_code = ? and starts_at <= ? and ends_at > ? and cancelled_at is null
				order by starts_at desc limit 1 for update""")
			.params(customerId, productCode, Timestamp.from(at), Timestamp.from(at)).query(Long.class).optional();
	}

	public void cancel(long periodId, long cancellationTransactionId, Instant at) {
		jdbc.sql("update cooling_off_period set cancelled_at = ?, cancellation_transaction_id = ? where id = ?")
			.params(Timestamp.from(at), cancellationTransactionId, periodId).update();
	}

	/** When the last period in force at {@code at} ends, if any. */
	public Optional<Instant> lastEnd(long customerId, Instant at) {
		return jdbc.sql("""
				select ends_at from cooling_off_period where customer_id = ? and starts_at <= ? and ends_at > ?
				order by ends_at desc limit 1""")
			.params(customerId, Timestamp.from(at), Timestamp.from(at)).query(OffsetDateTime.class).optional()
			.map(OffsetDateTime::toInstant);
	}

	/** For many customers at once, the end of the last period in force at {@code at} of each that has one. */
	public Map<Long, Instant> lastEnds(Collection<Long> customerIds, Instant at) {
		Map<Long, Instant> ends = new HashMap<>();
		if (customerIds.isEmpty()) {
			return ends;
		}
		jdbc.sql("""
				select customer_id, max(ends_at) as ends_at from cooling_off_period
				where customer_id = any(?) and starts_at <= ? and ends_at > ? group by customer_id""")
			.params(customerIds.stream().distinct().toArray(Long[]::new), Timestamp.from(at), Timestamp.from(at))
			.query(rs -> {
				ends.put(rs.getLong("customer_id"), rs.getObject("ends_at", OffsetDateTime.class).toInstant());
			});
		return ends;
	}

	/** The customer's latest 50 periods, newest first. */
	public List<CoolingOffPeriod> of(long customerId) {
		return jdbc.sql("select * from cooling_off_period where customer_id = ? order by starts_at desc limit 50")
			.param(customerId)
			.query((rs, n) -> new CoolingOffPeriod(rs.getLong("transaction_id"), rs.getString("product_code"),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
					rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject("cancelled_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
						.orElse(null),
					rs.getObject("cancellation_transaction_id", Long.class)))
			.list();
	}
}
