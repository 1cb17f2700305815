package org.clientcare.appointment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.clientcare.appointment.AppointmentService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings from the public page waiting for their SMS code ({@code appointment_booking_code}), by token hash. */
@Repository
public class BookingCodes {

	private final JdbcClient jdbc;

	BookingCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pending booking; mobile and e-mail encrypted. */
	public record Pending(String tokenHash, long orgUnitId, AppointmentService service, Instant startsAt, String name,
			byte[] mobileEnc, byte[] emailEnc, String locale, String codeHash, int attempts, Instant expiresAt,
			Instant usedAt, Long appointmentId) {
	}

	public void insert(String tokenHash, long orgUnitId, AppointmentService service, Instant startsAt, String name,
			byte[] mobileEnc, byte[] mobileHash, byte[] emailEnc, String locale, String codeHash, Instant now,
			Instant expiresAt) {
		jdbc.sql("""
				insert into appointment_booking_code (token_hash, org_unit_id, service, starts_at, name, mobile_enc, mobile_hash,
				  email_enc, locale, code_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tokenHash, orgUnitId, service.name(), Timestamp.from(startsAt), name, mobileEnc, mobileHash, emailEnc,
					locale, codeHash, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
	}

	/** Codes sent to a number since a moment, and the earliest of them. */
	public Sent sentTo(byte[] mobileHash, Instant since) {
		return jdbc.sql("select count(*), min(created_at) from appointment_booking_code where mobile_hash = ? and created_at > ?")
			.params(mobileHash, Timestamp.from(since))
			.query((rs, n) -> new Sent(rs.getInt(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.single();
	}

	public record Sent(int count, Instant earliest) {
	}

	public Optional<Pending> lock(String tokenHash) {
		return find(tokenHash, true);
	}

	/** The pending booking as it stands, without holding it. */
	public Optional<Pending> find(String tokenHash) {
		return find(tokenHash, false);
	}

	private Optional<Pending> find(String tokenHash, boolean lock) {
		return jdbc.sql("select * from appointment_booking_code where token_hash = ?" + (lock ? " for update" : ""))
			.param(tokenHash)
			.query((rs, n) -> new Pending(rs.getString("token_hash"), rs.getLong("org_unit_id"),
					AppointmentService.valueOf(rs.getString("service")), rs.getTimestamp("starts_at").toInstant(),
					rs.getString("name"), rs.getBytes("mobile_enc"), rs.getBytes("email_enc"), rs.getString("locale"),
					rs.getString("code_hash"), rs.getInt("attempts"), rs.getTimestamp("expires_at").toInstant(),
					Appointments.instant(rs, "used_at"), (Long) rs.getObject("appointment_id")))
			.optional();
	}

	public void failedAttempt(String tokenHash) {
		jdbc.sql("update appointment_booking_code set attempts = attempts + 1 where token_hash = ?").param(tokenHash).update();
	}

	public void used(String tokenHash, long appointmentId, Instant now) {
		jdbc.sql("update appointment_booking_code set used_at = ?, appointment_id = ? where token_hash = ?")
			.params(Timestamp.from(now), appointmentId, tokenHash).update();
	}
}
