package org.clientcare.suitability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.suitability.SaleRecording;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sale_recording} table, and the {@code NO_DUAL_RECORDING} alerts of {@code suitability_alert}. */
@Repository
public class SaleRecordingRows {

	private static final String STATUS_FILTER = """
			(cast(? as text) is null
			 or (? = 'PURGED' and purged_at is not null)
			 or (purged_at is null and (
			    (? = 'MISSING' and referenced_at is null)
			 or (? = 'AWAITING_CHECK' and referenced_at is not null and sampled and qc_result is null)
			 or (? = 'NOT_SAMPLED' and referenced_at is not null and not sampled and qc_result is null)
			 or (? = 'CHECKED' and qc_result is not null))))""";

	/** A duty with the disputes about its sale: one open, and the day the last one closed. */
	private static final String SELECT = """
			select r.*,
			  exists (select 1 from sale_recording_dispute d where d.transaction_id = r.transaction_id and d.closed_on is null)
			    as dispute_open,
			  (select max(d.closed_on) from sale_recording_dispute d where d.transaction_id = r.transaction_id)
			    as dispute_closed_on
			from sale_recording r
			""";

	private final JdbcClient jdbc;

	SaleRecordingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the duty of a sale; false when it was recorded before. */
	public boolean insert(long transactionId, long customerId, String productCode, Integer age, Instant soldAt,
			boolean sampled, LocalDate retainUntil, Instant now) {
		return jdbc.sql("""
				insert into sale_recording (transaction_id, customer_id, product_code, customer_age, sold_at, sampled,
				  retain_until, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (transaction_id) do nothing""")
			.params(transactionId, customerId, productCode, age, Timestamp.from(soldAt), sampled, retainUntil,
					Timestamp.from(now))
			.update() > 0;
	}

	public void reference(long transactionId, String recordingId, String hash, int durationSeconds, String checkedBy,
			Instant at, String by) {
		jdbc.sql("""
				update sale_recording set recording_id = ?, recording_hash = ?, duration_seconds = ?, checked_by = ?,
				  referenced_at = ?, referenced_by = ? where transaction_id = ?""")
			.params(recordingId, hash, durationSeconds, checkedBy, Timestamp.from(at), by, transactionId).update();
	}

	public void qualityChecked(long transactionId, SaleRecording.QualityResult result, String finding, Instant at,
			String by) {
		jdbc.sql("update sale_recording set qc_result = ?, qc_finding = ?, qc_at = ?, qc_by = ? where transaction_id = ?")
			.params(result.name(), finding, Timestamp.from(at), by, transactionId).update();
	}

	public Optional<SaleRecording> find(long transactionId) {
		return jdbc.sql(SELECT + "where r.transaction_id = ?").param(transactionId)
			.query(SaleRecordingRows::row).optional();
	}

	public Optional<SaleRecording> lock(long transactionId) {
		return jdbc.sql(SELECT + "where r.transaction_id = ? for update of r").param(transactionId)
			.query(SaleRecordingRows::row).optional();
	}

	/** A page of duties of one status ({@code null}: all), the oldest sale first. */
	public List<SaleRecording> page(String status, int page, int size) {
		return jdbc.sql(SELECT + "where " + STATUS_FILTER + " order by sold_at, transaction_id limit ? offset ?")
			.params(status, status, status, status, status, status, size, (long) page * size)
			.query(SaleRecordingRows::row).list();
	}

	public long count(String status) {
		return jdbc.sql("select count(*) from sale_recording where " + STATUS_FILTER)
			.params(status, status, status, status, status, status).query(Long.class).single();
	}

	/** Raises the alert of a sale without its recording; null when one was raised before. */
	public Long raiseAlert(long transactionId, long customerId, String productCode, Instant at) {
		return jdbc.sql("""
				insert into suitability_alert (customer_id, product_code, transaction_id, raised_at, kind)
				values (?, ?, ?, ?, 'NO_DUAL_RECORDING') on conflict do nothing returning id""")
			.params(customerId, productCode, transactionId, Timestamp.from(at)).query(Long.class).optional().orElse(null);
	}

	static SaleRecording row(ResultSet rs, int n) throws SQLException {
		String qc = rs.getString("qc_result");
		return new SaleRecording(rs.getLong("transaction_id"), rs.getLong("customer_id"), rs.getString("product_code"),
				rs.getObject("customer_age", Integer.class), instant(rs, "sold_at"), rs.getString("recording_id"),
				rs.getString("recording_hash"), rs.getObject("duration_seconds", Integer.class), rs.getString("checked_by"),
				instant(rs, "referenced_at"), rs.getString("referenced_by"), rs.getBoolean("sampled"),
				qc == null ? null : SaleRecording.QualityResult.valueOf(qc), rs.getString("qc_finding"),
				rs.getString("qc_by"), instant(rs, "qc_at"), rs.getObject("retain_until", LocalDate.class),
				rs.getBoolean("dispute_open"), rs.getObject("dispute_closed_on", LocalDate.class), instant(rs, "purged_at"));
	}

	/** Notes a dispute about a sale (a remediation of its transaction); a second delivery changes nothing. */
	public boolean disputeOpened(long remediationId, long transactionId, Instant at) {
		return jdbc.sql("""
				insert into sale_recording_dispute (remediation_id, transaction_id, opened_at) values (?, ?, ?)
				on conflict (remediation_id) do nothing""")
			.params(remediationId, transactionId, Timestamp.from(at)).update() > 0;
	}

	/** The remediations whose dispute about the sale is open, in the order they were numbered. */
	public List<Long> openDisputes(long transactionId) {
		return jdbc.sql("""
				select remediation_id from sale_recording_dispute where transaction_id = ? and closed_on is null
				order by remediation_id""")
			.param(transactionId).query(Long.class).list();
	}

	/** Closes a dispute on {@code day}; the transaction it was about, if it was open. */
	public Optional<Long> disputeClosed(long remediationId, LocalDate day) {
		return jdbc.sql("""
				update sale_recording_dispute set closed_on = ? where remediation_id = ? and closed_on is null
				returning transaction_id""")
			.params(day, remediationId).query(Long.class).optional();
	}

	/**
	 * Purges the duties past their retention on {@code today} that no dispute holds (open, or closed less than 2 years
	 * ago), at most {@code limit}: the purged ones' transaction and customer ids.
	 */
	public List<long[]> purgeExpired(LocalDate today, Instant at, int limit) {
		return jdbc.sql("""
				update sale_recording r set purged_at = ?
				where r.transaction_id in (
				  select s.transaction_id from sale_recording s
				  where s.purged_at is null and s.retain_until < ?
				    and not exists (select 1 from sale_recording_dispute d where d.transaction_id = s.transaction_id
				                    and (d.closed_on is null or d.closed_on + interval '2 years' >= ?))
				  order by s.retain_until, s.transaction_id limit ? for update skip locked)
				returning r.transaction_id, r.customer_id""")
			.params(Timestamp.from(at), today, today, limit)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
	}

	/** How many duties past their retention on {@code today} a dispute still holds. */
	public long heldByDispute(LocalDate today) {
		return jdbc.sql("""
				select count(*) from sale_recording s
				where s.purged_at is null and s.retain_until < ?
				  and exists (select 1 from sale_recording_dispute d where d.transaction_id = s.transaction_id
				              and (d.closed_on is null or d.closed_on + interval '2 years' >= ?))""")
			.params(today, today).query(Long.class).single();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
