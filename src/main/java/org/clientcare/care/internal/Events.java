package org.clientcare.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.care.EventKind;
import org.clientcare.care.InvitationStatus;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer events ({@code care_event}) and their invitations ({@code care_event_invitation}). */
@Repository
public class Events {

	private static final RowMapper<EventRow> EVENT = (rs, n) -> new EventRow(rs.getLong("id"), rs.getString("title"),
			EventKind.valueOf(rs.getString("kind")), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
			rs.getString("location"), rs.getInt("capacity"), rs.getLong("org_unit_id"), rs.getString("created_by"),
			rs.getObject("created_at", OffsetDateTime.class).toInstant());

	private static final RowMapper<InvitationRow> INVITATION = (rs, n) -> new InvitationRow(rs.getLong("id"),
			rs.getLong("event_id"), rs.getLong("customer_id"), rs.getString("invitation_no"),
			InvitationStatus.valueOf(rs.getString("status")), instant(rs, "invited_at"), instant(rs, "responded_at"),
			instant(rs, "attended_at"));

	private final JdbcClient jdbc;

	Events(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String title, EventKind kind, Instant startsAt, String location, int capacity, long orgUnitId,
			String by, Instant at) {
		return jdbc.sql("""
				insert into care_event (title, kind, starts_at, location, capacity, org_unit_id, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(title, kind.name(), Timestamp.from(startsAt), location, capacity, orgUnitId, by, Timestamp.from(at))
			.query(Long.class).single();
	}

	public Optional<EventRow> find(long id) {
		return jdbc.sql("select * from care_event where id = ?").param(id).query(EVENT).optional();
	}

	/** The event locked until the transaction ends: seats are taken one at a time. */
	public Optional<EventRow> lock(long id) {
		return jdbc.sql("select * from care_event where id = ? for update").param(id).query(EVENT).optional();
	}

	/** Events of the given org units (all when {@code null}) from {@code from} on, soonest first. */
	public List<EventRow> list(java.util.Set<Long> units, Instant from, int limit) {
		Long[] ids = units == null ? null : units.toArray(Long[]::new);
		return jdbc.sql("""
				select * from care_event where (cast(? as bigint[]) is null or org_unit_id = any(?)) and starts_at >= ?
				order by starts_at, id limit ?""").params(ids, ids, Timestamp.from(from), limit).query(EVENT).list();
	}

	/** Events of the units (all when null) that started between {@code from} and {@code to}, latest first. */
	public List<EventRow> held(java.util.Set<Long> units, Instant from, Instant to, int limit) {
		Long[] ids = units == null ? null : units.toArray(Long[]::new);
		return jdbc.sql("""
				select * from care_event where (cast(? as bigint[]) is null or org_unit_id = any(?))
				  and starts_at >= ? and starts_at < ?
				order by starts_at desc, id desc limit ?""")
			.params(ids, ids, Timestamp.from(from), Timestamp.from(to), limit).query(EVENT).list();
	}

	/** Invites customers (those invited already are left as they are); answers the new invitations. */
	public List<InvitationRow> invite(long eventId, List<Long> customerIds, List<String> tokenHashes, Instant at) {
		return jdbc.sql("""
				insert into care_event_invitation (event_id, customer_id, invitation_no, status, token_hash, invited_at)
				select ?, c, 'E' || ? || '-' || c, 'INVITED', h, ?
				from unnest(cast(? as bigint[]), cast(? as text[])) as i(c, h)
				on conflict on constraint care_event_invitation_once do nothing
				returning *""")
			.params(eventId, eventId, Timestamp.from(at), customerIds.toArray(Long[]::new),
					tokenHashes.toArray(String[]::new))
			.query(INVITATION).list();
	}

	public Optional<InvitationRow> byToken(String tokenHash) {
		return jdbc.sql("select * from care_event_invitation where token_hash = ?").param(tokenHash).query(INVITATION)
			.optional();
	}

	public Optional<InvitationRow> invitation(long eventId, long customerId) {
		return jdbc.sql("select * from care_event_invitation where event_id = ? and customer_id = ?")
			.params(eventId, customerId).query(INVITATION).optional();
	}

	public Optional<InvitationRow> byNumber(long eventId, String invitationNo) {
		return jdbc.sql("select * from care_event_invitation where event_id = ? and invitation_no = ?")
			.params(eventId, invitationNo).query(INVITATION).optional();
	}

	public List<InvitationRow> invitations(long eventId) {
		return jdbc.sql("select * from care_event_invitation where event_id = ? order by id").param(eventId)
			.query(INVITATION).list();
	}

	/** Up to {@code limit} of an event's invitations by id, after the first {@code offset}. */
	public List<InvitationRow> invitations(long eventId, long offset, int limit) {
		return jdbc.sql("select * from care_event_invitation where event_id = ? order by id limit ? offset ?")
			.params(eventId, limit, offset).query(INVITATION).list();
	}

	public long invitationCount(long eventId) {
		return jdbc.sql("select count(*) from care_event_invitation where event_id = ?").param(eventId)
			.query(Long.class).single();
	}

	public long accepted(long eventId) {
		return jdbc.sql("select count(*) from care_event_invitation where event_id = ? and status = 'ACCEPTED'")
			.param(eventId).query(Long.class).single();
	}

	public void answer(long invitationId, InvitationStatus status, Instant at) {
		jdbc.sql("""
				update care_event_invitation set status = ?, responded_at = ?,
				  waitlisted_at = case when ? = 'WAITLISTED' then cast(? as timestamptz) else null end
				where id = ?""")
			.params(status.name(), Timestamp.from(at), status.name(), Timestamp.from(at), invitationId).update();
	}

	/** Gives the freed seat to the first on the waitlist; answers the invitation promoted, if any. */
	public Optional<InvitationRow> promote(long eventId) {
		return jdbc.sql("""
				update care_event_invitation set status = 'ACCEPTED', waitlisted_at = null
				where id = (select id from care_event_invitation where event_id = ? and status = 'WAITLISTED'
				            order by waitlisted_at, id limit 1)
				returning *""").param(eventId).query(INVITATION).optional();
	}

	public boolean attend(long invitationId, Instant at) {
		return jdbc.sql("update care_event_invitation set attended_at = ? where id = ? and attended_at is null")
			.params(Timestamp.from(at), invitationId).update() == 1;
	}

	/** Invitations of events starting before {@code until} not reminded yet, accepted, of events not begun. */
	public List<InvitationRow> toRemind(Instant now, Instant until) {
		return jdbc.sql("""
				select i.* from care_event_invitation i join care_event e on e.id = i.event_id
				where i.status = 'ACCEPTED' and i.reminded_at is null and e.starts_at > ? and e.starts_at <= ?
				order by i.id limit 1000""").params(Timestamp.from(now), Timestamp.from(until)).query(INVITATION).list();
	}

	public void reminded(List<Long> invitationIds, Instant at) {
		jdbc.sql("update care_event_invitation set reminded_at = ? where id = any(?)")
			.params(Timestamp.from(at), invitationIds.toArray(Long[]::new)).update();
	}

	/** The figures of an event by status, with {@code ATTENDED}. */
	public Map<String, Long> figures(long eventId) {
		Map<String, Long> figures = new java.util.HashMap<>();
		jdbc.sql("""
				select status, count(*) as n, count(attended_at) as attended from care_event_invitation where event_id = ?
				group by status""").param(eventId)
			.query((rs, n) -> {
				figures.put(rs.getString("status"), rs.getLong("n"));
				figures.merge("ATTENDED", rs.getLong("attended"), Long::sum);
				return null;
			}).list();
		return figures;
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	public record EventRow(long id, String title, EventKind kind, Instant startsAt, String location, int capacity,
			long orgUnitId, String createdBy, Instant createdAt) {
	}

	public record InvitationRow(long id, long eventId, long customerId, String invitationNo, InvitationStatus status,
			Instant invitedAt, Instant respondedAt, Instant attendedAt) {
	}
}
