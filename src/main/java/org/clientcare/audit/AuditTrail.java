package org.clientcare.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientcare.audit.internal.AuditHashing;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail, inside the caller's transaction: the entry exists exactly when the change does.
 * Appends are serialised (a transaction-scoped advisory lock), which keeps the chain linear; callers append last,
 * so the lock is held only for the rest of their commit. Callers pass states with PII already masked.
 */
@Service
public class AuditTrail {

	private static final long CHAIN_LOCK = 0x4155444954L;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a change of an entity by the current actor. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
		record(action, entityType, entityId, before, after, null);
	}

	/** Records a change, or a reveal, with the reason the actor gave. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after,
			String reason) {
		Actor actor = CurrentActor.get();
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).optional();
		long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
		String prevHash = last.map(row -> (String) row[1]).orElse(AuditHashing.GENESIS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var entry = new AuditEntry(seq, now, actor.username(), actor.origin(), action, entityType,
				entityId == null ? null : entityId.toString(), reason, json(before), json(after), prevHash, null);
		String hash = AuditHashing.hash(entry);
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, origin, action, entity_type, entity_id, reason,
				                         before_state, after_state, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(seq, Timestamp.from(now), entry.actor(), entry.origin(), action, entityType, entry.entityId(), reason,
					entry.before(), entry.after(), prevHash, hash)
			.update();
	}

	private static String json(Map<String, ?> state) {
		return state == null ? null : JSON.writeValueAsString(new TreeMap<>(state));
	}

	/** Entries, newest first, optionally of one entity. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entries(String entityType, String entityId, int page, int size) {
		return jdbc.sql("""
				select * from audit_entry
				where (cast(? as text) is null or entity_type = ?) and (cast(? as text) is null or entity_id = ?)
				order by seq desc limit ? offset ?""")
			.params(entityType, entityType, entityId, entityId, size, (long) page * size)
			.query(AuditHashing.ROW).list();
	}

	@Transactional(readOnly = true)
	public long count(String entityType, String entityId) {
		return jdbc.sql("""
				select count(*) from audit_entry
				where (cast(? as text) is null or entity_type = ?) and (cast(? as text) is null or entity_id = ?)""")
			.params(entityType, entityType, entityId, entityId).query(Long.class).single();
	}

	/** Walks the whole chain from the first entry, recomputing every hash. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return AuditHashing.verify(jdbc);
	}

}
