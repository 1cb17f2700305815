package org.clientcare.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientcare.audit.internal.AuditCheckpoints;
import org.clientcare.audit.internal.AuditEntries;
import org.clientcare.audit.internal.AuditEntries.Tail;
import org.clientcare.audit.internal.AuditHashing;
import org.clientcare.audit.internal.AuditKeys;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit trail, inside the caller's transaction: the entry exists exactly when the change does.
 * Appends are serialised (a transaction-scoped advisory lock), which keeps the chain linear; callers append last,
 * so the lock is held only for the rest of their commit. A transaction's later appends continue from the entry its
 * earlier one wrote, under the lock it already holds, without asking for the lock or reading the chain's end again.
 * Work on many rows appends all its entries with one call of {@link #recordAll}. Callers pass states with PII already
 * masked.
 */
@Service
public class AuditTrail {

	/** The advisory lock that serialises appends (tests hold it to change the chain under it). */
	static final long CHAIN_LOCK = AuditHashing.CHAIN_LOCK;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** Entries per insert statement of a batch append. */
	private static final int INSERT_ROWS = 1000;

	private final AuditEntries rows;

	private final Clock clock;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	AuditTrail(AuditEntries rows, Clock clock, AuditKeys keys, AuditCheckpoints checkpoints) {
		this.rows = rows;
		this.clock = clock;
		this.keys = keys;
		this.checkpoints = checkpoints;
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
		recordAll(List.of(new Change(action, entityType, entityId, before, after, reason)));
	}

	/**
	 * Records many changes by the current actor at once, in the given order: one entry each, with consecutive
	 * sequence numbers and one time, hashed in order and written with one statement per thousand entries under the
	 * chain's lock. Same contract as {@link #record}: append last, inside the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Actor actor = CurrentActor.get();
		Instant now = ActingClock.written(clock).instant().truncatedTo(ChronoUnit.MICROS);
		Tail held = heldTail();
		if (held != null && append(changes, actor, now, held, true)) {
			return;
		}
		rows.lockChain();
		var last = rows.last();
		append(changes, actor, now, last.orElse(new Tail(0, AuditHashing.GENESIS)), false);
	}

	/**
	 * Hashes the changes onto the given tail and writes them; with {@code guarded}, the first statement writes only if
	 * the chain still ends at that tail as this transaction sees it, and answers false, having written nothing, where it
	 * does not. Remembers the new tail for the transaction's next append.
	 */
	private boolean append(List<Change> changes, Actor actor, Instant now, Tail tail, boolean guarded) {
		long seq = tail.seq();
		String prevHash = tail.hash();
		var hasher = new AuditHashing.Hasher(keys);
		// Many changes of a batch carry equal states (the SLA sweep's {"sla": "RESOLVE"}): each is written once.
		Map<Map<String, ?>, String> states = new HashMap<>();
		List<AuditEntry> entries = new ArrayList<>(Math.min(changes.size(), INSERT_ROWS));
		String guard = guarded ? tail.hash() : null;
		for (Change change : changes) {
			var entry = hasher.sealed(new AuditEntry(++seq, now, actor.username(), actor.origin(), change.action(),
					change.entityType(), change.entityId() == null ? null : change.entityId().toString(),
					org.clientcare.shared.pii.Masking.inText(change.reason()),
					json(change.before(), states), json(change.after(), states), prevHash, null));
			prevHash = entry.hash();
			entries.add(entry);
			if (entries.size() == INSERT_ROWS) {
				if (!rows.insert(entries, guard)) {
					return false;
				}
				guard = null;
				entries.clear();
			}
		}
		if (!rows.insert(entries, guard)) {
			return false;
		}
		remember(new Tail(seq, prevHash));
		return true;
	}

	/**
	 * The key under which a transaction keeps the last entry it appended, as a resource of the transaction: while the
	 * transaction lasts, it holds the chain's lock, so no other can append after it, and its next append need neither
	 * ask for the lock nor read the chain's end again. Bound to the transaction (set aside while an inner transaction
	 * of its thread runs, dropped when it ends); an append that finds the chain ending elsewhere (the entries undone to
	 * a savepoint) takes the lock and reads the end as the first append does.
	 */
	private static final Object TAIL = new Object();

	private static Tail heldTail() {
		return (Tail) TransactionSynchronizationManager.getResource(TAIL);
	}

	private static void remember(Tail tail) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.getResource(TAIL) == null) {
			TransactionSynchronizationManager.registerSynchronization(new TailOfTheTransaction());
		}
		else {
			TransactionSynchronizationManager.unbindResource(TAIL);
		}
		TransactionSynchronizationManager.bindResource(TAIL, tail);
	}

	/** Keeps the tail with its transaction: set aside while it is suspended, dropped when it completes. */
	private static final class TailOfTheTransaction implements TransactionSynchronization {

		private Tail suspended;

		@Override
		public void suspend() {
			suspended = (Tail) TransactionSynchronizationManager.unbindResourceIfPossible(TAIL);
		}

		@Override
		public void resume() {
			if (suspended != null) {
				TransactionSynchronizationManager.bindResource(TAIL, suspended);
				suspended = null;
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TAIL);
		}
	}

	private static String json(Map<String, ?> state, Map<Map<String, ?>, String> written) {
		return state == null ? null : written.computeIfAbsent(state,
				s -> org.clientcare.shared.pii.Masking.inText(JSON.writeValueAsString(new TreeMap<>(s))));
	}

	/** Entries, newest first, optionally of one entity. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entries(String entityType, String entityId, int page, int size) {
		return rows.page(entityType, entityId, page, size);
	}

	@Transactional(readOnly = true)
	public long count(String entityType, String entityId) {
		return rows.count(entityType, entityId);
	}

	/**
	 * Walks the whole chain from the first entry, recomputing every hash under the key each entry names, and holds it
	 * against the sealed checkpoints: a tail cut off, or a chain rebuilt after a checkpoint, breaks at the first entry
	 * a checkpoint vouches for and the chain lacks or holds differently.
	 */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AuditVerification chain = rows.verify(keys);
		Long sealedBreak = checkpoints == null ? null : checkpoints.firstBreak().orElse(null);
		if (sealedBreak == null) {
			return chain;
		}
		long first = chain.firstBrokenEntry() == null ? sealedBreak : Math.min(chain.firstBrokenEntry(), sealedBreak);
		return new AuditVerification(false, chain.entries(), first);
	}

	/**
	 * One change to record with {@link #recordAll}; the arguments of {@link #record}.
	 *
	 * @param before the state before, PII masked, or {@code null}
	 * @param after  the state after, PII masked, or {@code null}
	 * @param reason the reason the actor gave, or {@code null}
	 */
	public record Change(String action, String entityType, Object entityId, Map<String, ?> before,
			Map<String, ?> after, String reason) {

		public Change(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
			this(action, entityType, entityId, before, after, null);
		}
	}
}
