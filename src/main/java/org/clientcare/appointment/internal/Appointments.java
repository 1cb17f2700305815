package org.clientcare.appointment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.AppointmentStatus;
import org.clientcare.appointment.SlotPolicy.Interval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code appointment} table. */
@Repository
public class Appointments {

	private final JdbcClient jdbc;

	Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises bookings of one org unit and day, across connections and instances, until the transaction ends. */
	public void lockDay(long orgUnitId, LocalDate day) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params((int) (0x41500000 ^ orgUnitId), (int) day.toEpochDay())
			.query((rs, n) -> 1).list();
	}

	/**
	 * Serialises bookings of one customer on a day, taken after {@link #lockDay} (always in this order), so that two
	 * desks booking the same customer at once see each other's booking.
	 */
	public void lockCustomerDay(long customerId, LocalDate day) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params((int) (0x43550000 ^ customerId), (int) day.toEpochDay())
			.query((rs, n) -> 1).list();
	}

	/** Whether the customer holds a booked or checked-in appointment, at any unit, overlapping this time. */
	public boolean customerBooked(long customerId, Instant start, Instant end) {
		return jdbc.sql("""
				select exists (select 1 from appointment where customer_id = ? and status in ('BOOKED', 'CHECKED_IN')
				  and starts_at < ? and ends_at > ?)""")
			.params(customerId, ts(end), ts(start)).query(Boolean.class).single();
	}

	public record NewAppointment(long orgUnitId, AppointmentService service, LocalDate day, Instant startsAt,
			Instant endsAt, Instant blockedUntil, long advisorId, Long customerId, String name, byte[] mobileEnc,
			byte[] mobileHash, byte[] emailEnc, String locale, String notes, String channel, String bookedBy, Instant now) {
	}

	public long insert(NewAppointment a) {
		return jdbc.sql("""
				insert into appointment (appointment_no, org_unit_id, service, day, starts_at, ends_at, blocked_until, advisor_id,
				  customer_id, name, mobile_enc, mobile_hash, email_enc, locale, notes, channel, status, booked_by, created_at)
				values ('AP' || lpad(nextval('appointment_no_seq')::text, 8, '0'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  'BOOKED', ?, ?)
				returning id""")
			.params(a.orgUnitId(), a.service().name(), a.day(), ts(a.startsAt()), ts(a.endsAt()), ts(a.blockedUntil()),
					a.advisorId(), a.customerId(), a.name(), a.mobileEnc(), a.mobileHash(), a.emailEnc(), a.locale(), a.notes(),
					a.channel(), a.bookedBy(), ts(a.now()))
			.query(Long.class).single();
	}

	public Optional<AppointmentRow> find(long id, AppointmentScope.Filter filter, boolean lock) {
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(filter.params());
		return jdbc.sql("select a.* from appointment a where a.id = ? and " + filter.sql() + (lock ? " for update" : ""))
			.params(params).query(Appointments::row).optional();
	}

	public Optional<AppointmentRow> byManageToken(String tokenHash, boolean lock) {
		return jdbc.sql("select a.* from appointment a where a.manage_token_hash = ?" + (lock ? " for update" : ""))
			.param(tokenHash).query(Appointments::row).optional();
	}

	public void setManageToken(long id, String tokenHash) {
		jdbc.sql("update appointment set manage_token_hash = ? where id = ?").params(tokenHash, id).update();
	}

	/** What a list asks for; nulls ask for everything. */
	public record Criteria(Long orgUnitId, LocalDate day, Long advisorId, AppointmentStatus status, Long customerId) {
	}

	public List<AppointmentRow> list(Criteria criteria, AppointmentScope.Filter filter, int page, int size) {
		var where = where(criteria, filter);
		where.params().add(size);
		where.params().add((long) page * size);
		return jdbc.sql("select a.* from appointment a where " + where.sql() + " order by a.starts_at, a.id limit ? offset ?")
			.params(where.params()).query(Appointments::row).list();
	}

	public long count(Criteria criteria, AppointmentScope.Filter filter) {
		var where = where(criteria, filter);
		return jdbc.sql("select count(*) from appointment a where " + where.sql()).params(where.params())
			.query(Long.class).single();
	}

	private static AppointmentScope.Filter where(Criteria c, AppointmentScope.Filter filter) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder(filter.sql());
		params.addAll(filter.params());
		if (c.orgUnitId() != null) {
			sql.append(" and a.org_unit_id = ?");
			params.add(c.orgUnitId());
		}
		if (c.day() != null) {
			sql.append(" and a.day = ?");
			params.add(c.day());
		}
		if (c.advisorId() != null) {
			sql.append(" and a.advisor_id = ?");
			params.add(c.advisorId());
		}
		if (c.status() != null) {
			sql.append(" and a.status = ?");
			params.add(c.status().name());
		}
		if (c.customerId() != null) {
			sql.append(" and a.customer_id = ?");
			params.add(c.customerId());
		}
		return new AppointmentScope.Filter(sql.toString(), params);
	}

	/** The time each of these advisors is held on a day by appointments (with their buffers), except one. */
	public Map<Long, List<Interval>> heldOn(List<Long> advisorIds, LocalDate day, Long except) {
		Map<Long, List<Interval>> held = new java.util.HashMap<>();
		jdbc.sql("""
				select advisor_id, starts_at, blocked_until from appointment
				where advisor_id = any(?) and day = ? and status in ('BOOKED', 'CHECKED_IN') and id <> ?""")
			.params(advisorIds.toArray(Long[]::new), day, except == null ? -1L : except)
			.query(rs -> {
				held.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Interval(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
			});
		return held;
	}

	/** Per advisor: the bookings it has on a day (not cancelled) and when it was last booked for any day. */
	public Map<Long, Load> loadOf(List<Long> advisorIds, LocalDate day) {
		Map<Long, Load> load = new java.util.HashMap<>();
		jdbc.sql("""
				select advisor_id, count(*) filter (where day = ? and status <> 'CANCELLED'), max(created_at)
				from appointment where advisor_id = any(?) group by advisor_id""")
			.params(day, advisorIds.toArray(Long[]::new))
			.query(rs -> {
				load.put(rs.getLong(1), new Load(rs.getInt(2), rs.getTimestamp(3).toInstant()));
			});
		return load;
	}

	public record Load(int bookingsThatDay, Instant lastBookedAt) {
	}

	public int moveTo(long id, long version, LocalDate day, Instant startsAt, Instant endsAt, Instant blockedUntil,
			long advisorId) {
		return jdbc.sql("""
				update appointment set day = ?, starts_at = ?, ends_at = ?, blocked_until = ?, advisor_id = ?, version = version + 1
				where id = ? and version = ?""")
			.params(day, ts(startsAt), ts(endsAt), ts(blockedUntil), advisorId, id, version).update();
	}

	/** Moves an appointment to a new status, stamping the step's time column; answers whether it was still as read. */
	public boolean step(long id, long version, AppointmentStatus status, Instant at, String text, String by) {
		String set = switch (status) {
			case CHECKED_IN -> "checked_in_at = ?";
			case COMPLETED -> "completed_at = ?, completion_notes = ?";
			case CANCELLED -> "cancelled_at = ?, cancel_reason = ?, cancelled_by = ?";
			case NO_SHOW -> "no_show_at = ?";
			case BOOKED -> throw new IllegalArgumentException("No step back to BOOKED");
		};
		List<Object> params = new ArrayList<>();
		params.add(status.name());
		params.add(ts(at));
		if (status == AppointmentStatus.COMPLETED || status == AppointmentStatus.CANCELLED) {
			params.add(text);
		}
		if (status == AppointmentStatus.CANCELLED) {
			params.add(by);
		}
		params.add(id);
		params.add(version);
		return jdbc.sql("update appointment set status = ?, " + set + ", version = version + 1 where id = ? and version = ?")
			.params(params).update() == 1;
	}

	public List<AppointmentRow> byIds(List<Long> ids) {
		return jdbc.sql("select a.* from appointment a where a.id = any(?) order by a.starts_at, a.id")
			.param(ids.toArray(Long[]::new)).query(Appointments::row).list();
	}

	/**
	 * Claims the reminders not sent yet of the booked appointments on days after {@code today} up to {@code until}: one
	 * row per appointment, kind and start, inserted once (the primary key), so a second run claims nothing.
	 */
	public Map<Long, List<String>> claimReminders(LocalDate today, LocalDate until, Instant now) {
		Map<Long, List<String>> claimed = new java.util.TreeMap<>();
		jdbc.sql("""
				insert into appointment_reminder (appointment_id, kind, starts_at, sent_at)
				select a.id, k.kind, a.starts_at, ? from appointment a
				cross join (values ('CUSTOMER_SMS'), ('CUSTOMER_EMAIL'), ('ADVISOR')) as k(kind)
				where a.status = 'BOOKED' and a.day > ? and a.day <= ?
				on conflict do nothing
				returning appointment_id, kind""")
			.params(ts(now), today, until)
			.query(rs -> {
				claimed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return claimed;
	}

	/** How often a customer did not come. */
	public int noShows(long customerId) {
		return jdbc.sql("select count(*) from appointment where customer_id = ? and status = 'NO_SHOW'").param(customerId)
			.query(Integer.class).single();
	}

	static AppointmentRow row(ResultSet rs, int n) throws SQLException {
		return new AppointmentRow(rs.getLong("id"), rs.getString("appointment_no"), rs.getLong("org_unit_id"),
				AppointmentService.valueOf(rs.getString("service")), rs.getObject("day", LocalDate.class),
				instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "blocked_until"), rs.getLong("advisor_id"),
				(Long) rs.getObject("customer_id"), rs.getString("name"), rs.getBytes("mobile_enc"), rs.getBytes("email_enc"),
				rs.getString("locale"), rs.getString("notes"), rs.getString("channel"),
				AppointmentStatus.valueOf(rs.getString("status")), rs.getString("booked_by"), instant(rs, "created_at"),
				instant(rs, "checked_in_at"), instant(rs, "completed_at"), rs.getString("completion_notes"),
				instant(rs, "cancelled_at"), rs.getString("cancel_reason"), rs.getString("cancelled_by"),
				instant(rs, "no_show_at"), rs.getLong("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
