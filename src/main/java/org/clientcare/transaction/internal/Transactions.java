package org.clientcare.transaction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.transaction.RecordedTransaction;
import org.clientcare.transaction.ReportTransaction;
import org.clientcare.transaction.TransactionType;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_transaction} table: one row per external id, never changed. */
@Repository
public class Transactions {

	private static final RowMapper<RecordedTransaction> ROW = (rs, n) -> new RecordedTransaction(rs.getLong("id"),
			rs.getString("external_id"), rs.getLong("customer_id"), TransactionType.valueOf(rs.getString("type")),
			rs.getString("product_code"), rs.getBigDecimal("amount"),
			rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getBoolean("risk_acknowledged"),
			rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
			rs.getString("channel") == null ? null : org.clientcare.product.Product.SaleChannel.valueOf(rs.getString("channel")));

	private final JdbcClient jdbc;

	Transactions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a reported transaction; answers it, or nothing when its external id was recorded meanwhile. */
	public Optional<RecordedTransaction> insert(ReportTransaction report, Instant occurredAt, Instant now, String by) {
		return jdbc.sql("""
				insert into customer_transaction (external_id, customer_id, type, product_code, amount, occurred_at,
				  risk_acknowledged, recorded_at, recorded_by, channel)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (external_id) do nothing returning *""")
			.params(report.externalId(), report.customerId(), report.type().name(), report.productCode(), report.amount(),
					Timestamp.from(occurredAt), Boolean.TRUE.equals(report.riskAcknowledged()), Timestamp.from(now), by,
					report.channel() == null ? null : report.channel().name())
			.query(ROW).optional();
	}

	public Optional<RecordedTransaction> byId(long id) {
		return jdbc.sql("select * from customer_transaction where id = ?").param(id).query(ROW).optional();
	}

	public Optional<RecordedTransaction> byExternalId(String externalId) {
		return jdbc.sql("select * from customer_transaction where external_id = ?").param(externalId).query(ROW).optional();
	}

	/** The external ids of these transactions, by id; ids no transaction has are absent. */
	public java.util.Map<Long, String> externalIdsOf(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> found = new java.util.HashMap<>();
		jdbc.sql("select id, external_id from customer_transaction where id = any(?)").param(ids.toArray(Long[]::new))
			.query(rs -> {
				found.put(rs.getLong("id"), rs.getString("external_id"));
			});
		return found;
	}

	/** A customer's latest transactions, newest first. */
	public List<RecordedTransaction> ofCustomer(long customerId, int limit) {
		return jdbc.sql("select * from customer_transaction where customer_id = ? order by occurred_at desc, id desc limit ?")
			.params(customerId, limit).query(ROW).list();
	}
}
