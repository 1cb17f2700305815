package org.clientcare.complaint.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.clientcare.complaint.ComplaintEvents.ComplaintsBreached.Breach;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SLA sweep's statements over {@code complaint}, {@code complaint_breach} and {@code complaint_event}. */
@Repository
class Breaches {

	/**
	 * The deadlines missed ({@link MissedDeadlines}, the rule the overdue list applies too) and not yet on record are
	 * recorded, their complaints marked breached and escalated, and one timeline row written per breach, all in one
	 * statement. The breaches on record are left out by an anti join (one hash of the breaches of the range's
	 * complaints) rather than by the primary key's conflict check row by row: on the next night nearly every missed
	 * deadline is on record, and the statement costs about two thirds. {@code on conflict do nothing} stays for a sweep
	 * running beside it.
	 */
	private static final String RECORD = """
			with missed as (
			  select c.id, d.sla, d.due_at
			  from complaint c
			  cross join lateral (values
			""" + MissedDeadlines.rows("c") + """
			) as d(sla, due_at, done_at)
			  where c.id > ? and c.id <= ? and\s""" + MissedDeadlines.missed("d.due_at", "d.done_at") + """

			    and not exists (select from complaint_breach b
			                    where b.complaint_id = c.id and b.sla = d.sla and b.complaint_id > ? and b.complaint_id <= ?)),
			recorded as (
			  insert into complaint_breach (complaint_id, sla, due_at, detected_at)
			  select id, sla, due_at, ? from missed
			  on conflict (complaint_id, sla) do nothing
			  returning complaint_id, sla),
			marked as (
			  update complaint c set breached = true, escalated_at = coalesce(c.escalated_at, ?), version = c.version + 1,
			    updated_at = ?
			  where c.id in (select complaint_id from recorded)),
			timeline as (
			  insert into complaint_event (complaint_id, at, actor, kind, detail, public)
			  select complaint_id, ?, ?, 'BREACHED', sla, false from recorded)
			select complaint_id, sla from recorded order by complaint_id, sla""";

	private final JdbcClient jdbc;

	Breaches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The highest complaint id, 0 without complaints. */
	long lastId() {
		return jdbc.sql("select coalesce(max(id), 0) from complaint").query(Long.class).single();
	}

	/**
	 * Records the missed deadlines not yet on record of the complaints with ids in {@code after < id <= upTo}, marks those
	 * complaints and writes their timeline; answers the new breaches, ordered by complaint and SLA.
	 */
	List<Breach> record(long after, long upTo, Instant now, String actor) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql(RECORD).params(after, upTo, at, after, upTo, at, at, at, at, actor)
			.query((rs, n) -> new Breach(rs.getLong("complaint_id"), rs.getString("sla"))).list();
	}
}
