package org.clientcare.timeline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.clientcare.timeline.TimelineKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The timeline's own table: one row per event about a customer, kept once per source key. */
@Repository
public class TimelineEntries {

	private final JdbcClient jdbc;

	TimelineEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds an entry; a second delivery of the same event ({@code sourceKey}) adds nothing. */
	public void add(long customerId, Instant at, TimelineKind kind, List<String> args, String ref, String sourceKey) {
		jdbc.sql("""
				insert into timeline_entry (customer_id, at, kind, args, ref, source_key) values (?, ?, ?, ?, ?, ?)
				on conflict (source_key) do nothing""")
			.params(customerId, Timestamp.from(at), kind.name(), args.stream().map(a -> a == null ? "" : a)
				.toArray(String[]::new), ref, sourceKey)
			.update();
	}

	/**
	 * The nightly tiering's changes of a chunk (customers {@code after < id <= upTo}, changed at {@code at}) as
	 * {@code TIER_CHANGED} entries, in one statement from the published {@code tier_change_ref}; each with the source
	 * key a single {@code TierChanged} and the back-fill give it, so nothing is written twice. Answers how many were
	 * added.
	 */
	public int addTierChanges(long after, long upTo, Instant at) {
		return jdbc.sql("""
				insert into timeline_entry (customer_id, at, kind, args, ref, source_key)
				select s.customer_id, s.changed_at, 'TIER_CHANGED',
				  array[coalesce(s.from_tier, ''), coalesce(s.to_tier, '')]::text[], 'customer:' || s.customer_id,
				  'tier:' || s.customer_id || ':' || floor(extract(epoch from s.changed_at) * 1000)::bigint
				from tier_change_ref s
				where s.customer_id > ? and s.customer_id <= ? and s.changed_at = ?
				order by s.customer_id
				on conflict (source_key) do nothing""")
			.params(after, upTo, Timestamp.from(at)).update();
	}

	public List<Row> page(long customerId, int page, int size) {
		return jdbc.sql("select * from timeline_entry where customer_id = ? order by at desc, id desc limit ? offset ?")
			.params(customerId, size, (long) page * size)
			.query((rs, n) -> new Row(rs.getObject("at", OffsetDateTime.class).toInstant(),
					TimelineKind.valueOf(rs.getString("kind")), List.of((String[]) rs.getArray("args").getArray()),
					rs.getString("ref")))
			.list();
	}

	public long count(long customerId) {
		return jdbc.sql("select count(*) from timeline_entry where customer_id = ?").param(customerId).query(Long.class)
			.single();
	}

	/** A stored entry, its summary still to be written in the reader's language. */
	public record Row(Instant at, TimelineKind kind, List<String> args, String ref) {
	}
}
