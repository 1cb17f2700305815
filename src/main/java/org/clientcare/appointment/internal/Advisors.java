package org.clientcare.appointment.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.appointment.AdvisorSchedule;
import org.clientcare.appointment.AppointmentService;
import org.clientcare.appointment.SlotPolicy.Interval;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Advisors and capacity: {@code appointment_advisor}, its skills, working hours and absences, and the opening hours
 * of org units ({@code appointment_opening_hours}).
 */
@Repository
public class Advisors {

	private final JdbcClient jdbc;

	Advisors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An advisor with a skill, and its working hours on one weekday ({@code null}s when it does not work then). */
	public record OnDay(long userId, LocalTime from, LocalTime to) {
	}

	/** The advisors of a unit skilled in a service, with their hours on a weekday, by user id. */
	public List<OnDay> skilled(long orgUnitId, AppointmentService service, DayOfWeek weekday) {
		return jdbc.sql("""
				select a.user_id, h.starts, h.ends from appointment_advisor a
				join appointment_advisor_skill s on s.user_id = a.user_id and s.service = ?
				left join appointment_working_hours h on h.user_id = a.user_id and h.weekday = ?
				where a.org_unit_id = ? order by a.user_id""")
			.params(service.name(), weekday.getValue(), orgUnitId)
			.query((rs, n) -> new OnDay(rs.getLong(1), rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class)))
			.list();
	}

	/** The advisors of a unit working at a moment of a weekday (any skill), by user id. */
	public List<Long> workingAt(long orgUnitId, DayOfWeek weekday, LocalTime time) {
		return jdbc.sql("""
				select a.user_id from appointment_advisor a
				join appointment_working_hours h on h.user_id = a.user_id and h.weekday = ? and h.starts <= ? and ? < h.ends
				where a.org_unit_id = ? order by a.user_id""")
			.params(weekday.getValue(), time, time, orgUnitId).query(Long.class).list();
	}

	/** The absences of these advisors overlapping a stretch of time. */
	public Map<Long, List<Interval>> absences(List<Long> userIds, Instant from, Instant to) {
		Map<Long, List<Interval>> absences = new HashMap<>();
		jdbc.sql("select user_id, starts_at, ends_at from appointment_absence where user_id = any(?) and starts_at < ? and ends_at > ?")
			.params(userIds.toArray(Long[]::new), Timestamp.from(to), Timestamp.from(from))
			.query(rs -> {
				absences.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Interval(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
			});
		return absences;
	}

	/** The units where at least one advisor takes appointments. */
	public java.util.Set<Long> unitsWithAdvisors() {
		return java.util.Set.copyOf(jdbc.sql("select distinct org_unit_id from appointment_advisor").query(Long.class).list());
	}

	public Optional<Long> unitOf(long userId) {
		return jdbc.sql("select org_unit_id from appointment_advisor where user_id = ?").param(userId).query(Long.class)
			.optional();
	}

	public boolean skilled(long userId, AppointmentService service) {
		return jdbc.sql("select count(*) from appointment_advisor_skill where user_id = ? and service = ?")
			.params(userId, service.name()).query(Integer.class).single() > 0;
	}

	/** Replaces an advisor's unit, skills and working hours. */
	public void save(long userId, long orgUnitId, Set<AppointmentService> skills, List<AdvisorSchedule.Hours> hours,
			Instant now, String by) {
		jdbc.sql("""
				insert into appointment_advisor (user_id, org_unit_id, updated_at, updated_by) values (?, ?, ?, ?)
				on conflict (user_id) do update set org_unit_id = excluded.org_unit_id, updated_at = excluded.updated_at,
				  updated_by = excluded.updated_by""")
			.params(userId, orgUnitId, Timestamp.from(now), by).update();
		jdbc.sql("delete from appointment_advisor_skill where user_id = ?").param(userId).update();
		jdbc.sql("delete from appointment_working_hours where user_id = ?").param(userId).update();
		jdbc.sql("insert into appointment_advisor_skill (user_id, service) select ?, unnest(cast(? as text[]))")
			.params(userId, skills.stream().map(Enum::name).toArray(String[]::new)).update();
		for (AdvisorSchedule.Hours h : hours) {
			jdbc.sql("insert into appointment_working_hours (user_id, weekday, starts, ends) values (?, ?, ?, ?)")
				.params(userId, h.weekday().getValue(), h.from(), h.to()).update();
		}
	}

	/** The advisors of some units (all when {@code orgUnitIds} is null), with skills, hours and coming absences. */
	public List<AdvisorSchedule> schedules(Set<Long> orgUnitIds, Instant absencesFrom) {
		List<AdvisorSchedule> advisors = new ArrayList<>();
		jdbc.sql("select user_id, org_unit_id from appointment_advisor where (cast(? as bigint[]) is null or org_unit_id = any(?)) order by org_unit_id, user_id")
			.params(orgUnitIds == null ? null : orgUnitIds.toArray(Long[]::new), orgUnitIds == null ? null : orgUnitIds.toArray(Long[]::new))
			.query(rs -> {
				advisors.add(new AdvisorSchedule(rs.getLong(1), null, null, rs.getLong(2), EnumSet.noneOf(AppointmentService.class),
						new ArrayList<>(), new ArrayList<>()));
			});
		if (advisors.isEmpty()) {
			return advisors;
		}
		Map<Long, AdvisorSchedule> byId = new HashMap<>();
		advisors.forEach(a -> byId.put(a.userId(), a));
		Long[] ids = byId.keySet().toArray(Long[]::new);
		jdbc.sql("select user_id, service from appointment_advisor_skill where user_id = any(?)").param(ids)
			.query(rs -> {
				byId.get(rs.getLong(1)).skills().add(AppointmentService.valueOf(rs.getString(2)));
			});
		jdbc.sql("select user_id, weekday, starts, ends from appointment_working_hours where user_id = any(?) order by weekday")
			.param(ids)
			.query(rs -> {
				byId.get(rs.getLong(1)).hours().add(new AdvisorSchedule.Hours(DayOfWeek.of(rs.getInt(2)),
						rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class)));
			});
		jdbc.sql("""
				select id, user_id, kind, starts_at, ends_at, note from appointment_absence
				where user_id = any(?) and ends_at > ? order by starts_at""")
			.params(ids, Timestamp.from(absencesFrom))
			.query(rs -> {
				byId.get(rs.getLong(2)).absences().add(new AdvisorSchedule.Absence(rs.getLong(1),
						AdvisorSchedule.AbsenceKind.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
						rs.getTimestamp(5).toInstant(), rs.getString(6)));
			});
		return advisors;
	}

	public long addAbsence(long userId, AdvisorSchedule.AbsenceKind kind, Instant from, Instant to, String note, Instant now,
			String by) {
		return jdbc.sql("""
				insert into appointment_absence (user_id, kind, starts_at, ends_at, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(userId, kind.name(), Timestamp.from(from), Timestamp.from(to), note, Timestamp.from(now), by)
			.query(Long.class).single();
	}

	public Optional<Long> absenceOwner(long absenceId) {
		return jdbc.sql("select user_id from appointment_absence where id = ?").param(absenceId).query(Long.class).optional();
	}

	public void removeAbsence(long absenceId) {
		jdbc.sql("delete from appointment_absence where id = ?").param(absenceId).update();
	}

	/** A unit's own opening hours, if an admin set them. */
	public Optional<LocalTime[]> openingHours(long orgUnitId) {
		return jdbc.sql("select opens, closes from appointment_opening_hours where org_unit_id = ?").param(orgUnitId)
			.query((rs, n) -> new LocalTime[] { rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class) })
			.optional();
	}

	public void setOpeningHours(long orgUnitId, LocalTime opens, LocalTime closes, Instant now, String by) {
		jdbc.sql("""
				insert into appointment_opening_hours (org_unit_id, opens, closes, updated_at, updated_by) values (?, ?, ?, ?, ?)
				on conflict (org_unit_id) do update set opens = excluded.opens, closes = excluded.closes,
				  updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.params(orgUnitId, opens, closes, Timestamp.from(now), by).update();
	}
}
