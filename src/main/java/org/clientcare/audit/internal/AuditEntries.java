package org.clientcare.audit.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditVerification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} table: the chain's lock and its last entry, appends (guarded by the last entry's hash where
 * the caller asks), and entries read back.
 */
@Repository
public class AuditEntries {

	private final JdbcClient jdbc;

	/** Also for tests that build an audit trail of their own on a data source. */
	public AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the chain's transaction-scoped advisory lock ({@link AuditHashing#CHAIN_LOCK}), waiting for it. */
	public void lockChain() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditHashing.CHAIN_LOCK).query((rs, n) -> 1).list();
	}

	/** The chain's last entry, as this transaction sees it; empty while the chain has none. */
	public Optional<Tail> last() {
		return jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
			.query((rs, n) -> new Tail(rs.getLong(1), rs.getString(2))).optional();
	}

	/**
	 * Writes the entries, all with the first one's time, in one statement; with a guard, only if the chain's last
	 * entry bears that hash as this transaction sees it (answers whether it wrote them).
	 */
	public boolean insert(List<AuditEntry> entries, String guard) {
		if (entries.isEmpty()) {
			return true;
		}
		int n = entries.size();
		Long[] seq = new Long[n];
		Short[] keyId = new Short[n];
		String[] actor = new String[n], origin = new String[n], action = new String[n], entityType = new String[n],
				entityId = new String[n], reason = new String[n], before = new String[n], after = new String[n],
				prevHash = new String[n], hash = new String[n];
		for (int i = 0; i < n; i++) {
			AuditEntry e = entries.get(i);
			seq[i] = e.seq();
			keyId[i] = e.keyId();
			actor[i] = e.actor();
			origin[i] = e.origin();
			action[i] = e.action();
			entityType[i] = e.entityType();
			entityId[i] = e.entityId();
			reason[i] = e.reason();
			before[i] = e.before();
			after[i] = e.after();
			prevHash[i] = e.prevHash();
			hash[i] = e.hash();
		}
		int written = jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, origin, action, entity_type, entity_id, reason,
				                         before_state, after_state, prev_hash, hash, key_id)
				select e.seq, ?, e.actor, e.origin, e.action, e.entity_type, e.entity_id, e.reason, e.before_state,
				  e.after_state, e.prev_hash, e.hash, e.key_id
				from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				  cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				  cast(? as smallint[]))
				  as e(seq, actor, origin, action, entity_type, entity_id, reason, before_state, after_state, prev_hash, hash,
				       key_id)
				where cast(? as text) is null
				  or (select t.hash from audit_entry t order by t.seq desc limit 1) = cast(? as text)""")
			.params(Timestamp.from(entries.get(0).occurredAt()), seq, actor, origin, action, entityType, entityId, reason,
					before, after, prevHash, hash, keyId, guard, guard)
			.update();
		return written == n;
	}

	/** Entries, newest first, optionally of one entity. */
	public List<AuditEntry> page(String entityType, String entityId, int page, int size) {
		return jdbc.sql("""
				select * from audit_entry
				where (cast(? as text) is null or entity_type = ?) and (cast(? as text) is null or entity_id = ?)
				order by seq desc limit ? offset ?""")
			.params(entityType, entityType, entityId, entityId, size, (long) page * size)
			.query(AuditHashing.ROW).list();
	}

	public long count(String entityType, String entityId) {
		return jdbc.sql("""
				select count(*) from audit_entry
				where (cast(? as text) is null or entity_type = ?) and (cast(? as text) is null or entity_id = ?)""")
			.params(entityType, entityType, entityId, entityId).query(Long.class).single();
	}

	/** The whole chain walked from the first entry, every hash recomputed under the key each entry names. */
	public AuditVerification verify(AuditKeys keys) {
		return AuditHashing.verify(jdbc, keys);
	}

	/** An entry at the chain's end: its sequence number and hash, which the next entry continues from. */
	public record Tail(long seq, String hash) {
	}
}
