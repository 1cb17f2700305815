package org.clientcare.appointment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.WalkInView.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The walk-in queue ({@code appointment_walk_in}). */
@Repository
public class WalkIns {

	private final JdbcClient jdbc;

	WalkIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored walk-in. */
	public record Row(long id, long orgUnitId, LocalDate day, int ticketNo, AppointmentService service, Long customerId,
			String name, Status status, Instant takenAt, Instant calledAt, Instant doneAt, long version) {
	}

	/** Takes the next number of the unit's day; callers hold the unit's day lock. */
	public long take(long orgUnitId, LocalDate day, AppointmentService service, Long customerId, String name, Instant now) {
		return jdbc.sql("""
				insert into appointment_walk_in (org_unit_id, day, ticket_no, service, customer_id, name, status, taken_at)
				select ?, ?, coalesce(max(ticket_no), 0) + 1, ?, ?, ?, 'WAITING', ? from appointment_walk_in
				where org_unit_id = ? and day = ? returning id""")
			.params(orgUnitId, day, service.name(), customerId, name, Timestamp.from(now), orgUnitId, day)
			.query(Long.class).single();
	}

	public Optional<Row> find(long id, boolean lock) {
		return jdbc.sql("select * from appointment_walk_in where id = ?" + (lock ? " for update" : "")).param(id)
			.query(WalkIns::row).optional();
	}

	public List<Row> ofDay(long orgUnitId, LocalDate day) {
		return jdbc.sql("select * from appointment_walk_in where org_unit_id = ? and day = ? order by ticket_no")
			.params(orgUnitId, day).query(WalkIns::row).list();
	}

	public List<Row> ofCustomer(long customerId) {
		return jdbc.sql("select * from appointment_walk_in where customer_id = ? order by taken_at desc").param(customerId)
			.query(WalkIns::row).list();
	}

	public void step(long id, Status status, Instant at, String by) {
		jdbc.sql(status == Status.CALLED
				? "update appointment_walk_in set status = ?, called_at = ?, called_by = ?, version = version + 1 where id = ?"
				: "update appointment_walk_in set status = ?, done_at = ?, called_by = coalesce(called_by, ?), version = version + 1 where id = ?")
			.params(status.name(), Timestamp.from(at), by, id).update();
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getObject("day", LocalDate.class), rs.getInt("ticket_no"),
				AppointmentService.valueOf(rs.getString("service")), (Long) rs.getObject("customer_id"), rs.getString("name"),
				Status.valueOf(rs.getString("status")), Appointments.instant(rs, "taken_at"), Appointments.instant(rs, "called_at"),
				Appointments.instant(rs, "done_at"), rs.getLong("version"));
	}
}
