package org.clientcare.customer.imports;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.customer.internal.MaskedPii;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Inserts a delta's batch of customers ({@link #insert}): the batch, encoded for PostgreSQL's binary {@code COPY} on
 * the threads that checked it, is copied straight into the customer table with its indexes, but for the rows whose
 * document is on file already (looked up first) or on an earlier line: those are skipped, which makes re-importing a
 * file change nothing. A go-live load instead drops the
 * table's non-unique secondary indexes ({@link #dropIndexes}, remembered in {@code customer_import_dropped_index}),
 * copies its batches straight into the customer table ({@link #write}) and builds the indexes again at its end
 * ({@link #rebuild}). An import staged by the earlier go-live load is moved in by {@link #promote}.
 */
@Repository
class BulkInsert {

	/** The customer table's indexes but its primary key and those a foreign key relies on, with their definitions. */
	private static final String SECONDARY_INDEXES = """
			select i.indexrelid::regclass::text as index_name, pg_get_indexdef(i.indexrelid) as index_def,
			  c.conname as constraint_name, pg_get_constraintdef(c.oid) as constraint_def
			from pg_index i
			left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('u', 'x')
			where i.indrelid = 'customer'::regclass and not i.indisprimary
			  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
			order by 1""";

	/** The go-live load's {@code COPY} into the customer table, in {@link CopyRows#customers}'s column order. */
	private static final String WRITE = """
			copy customer (id, customer_no, contact_verified_at, created_at, updated_at, type, name, id_type, id_number_enc,
			  id_number_hash, id_expiry, birth_date_enc, gender, phone_enc, phone_hash, email_enc, address_enc, occupation,
			  status, org_unit_id, manager_id, relationship_since, id_number_masked, birth_date_masked, phone_masked,
			  email_masked, address_masked) from stdin (format binary)""";

	/**
	 * Of a batch's documents (type and keyed hash), those already on file: one look-up in the unique index per document
	 * (the lateral {@code limit 1} keeps the planner from reading the whole table instead).
	 */
	private static final String ON_FILE = """
			select d.id_type, d.id_number_hash from unnest(?::text[], ?::bytea[]) as d(id_type, id_number_hash)
			cross join lateral (select 1 from customer c where c.id_type = d.id_type and c.id_number_hash = d.id_number_hash
			  limit 1) as on_file""";

	/** The customer table's indexes that a go-live load drops: neither the primary key nor unique nor a constraint's. */
	private static final String DROPPABLE_INDEXES = """
			select i.indexrelid::regclass::text as index_name, pg_get_indexdef(i.indexrelid) as index_def
			from pg_index i
			where i.indrelid = 'customer'::regclass and not i.indisprimary and not i.indisunique
			  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
			order by 1""";

	private static final String PROMOTE = """
			with inserted as (
			  insert into customer (customer_no, type, name, id_type, id_number_enc, id_number_hash, id_expiry,
			    birth_date_enc, gender, phone_enc, phone_hash, email_enc, address_enc, occupation, status, org_unit_id,
			    manager_id, relationship_since, contact_verified_at, created_at, updated_at)
			  select 'C' || lpad(nextval('customer_no_seq')::text, 10, '0'), s.type, s.name, s.id_type, s.id_number_enc,
			    s.id_number_hash, s.id_expiry, s.birth_date_enc, s.gender, s.phone_enc, s.phone_hash, s.email_enc,
			    s.address_enc, s.occupation, s.status, s.org_unit_id, s.manager_id, s.relationship_since, ?, ?, ?
			  from customer_import_row s
			  where s.import_id = ?
			    and not exists (select 1 from customer_import_row d where d.import_id = s.import_id
			      and d.id_type = s.id_type and d.id_number_hash = s.id_number_hash and d.line < s.line)
			    and not exists (select 1 from customer c where c.id_type = s.id_type and c.id_number_hash = s.id_number_hash)
			  returning id)
			select count(*) as count, min(id) as first, max(id) as last from inserted""";

	/** The one-customer-per-document rule: a unique constraint, dropped for a go-live load and kept by the load. */
	static final String DOCUMENT_RULE = "customer_one_per_document";

	/** PostgreSQL's SQLSTATE for a lock not granted within {@code lock_timeout}. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	/** PostgreSQL's SQLSTATE for a row a unique index refuses. */
	private static final String UNIQUE_VIOLATION = "23505";

	/** The trigger that keeps every other writer out of the customer table while a go-live load holds the rule. */
	static final String GUARD = "customer_go_live_guard";

	private final JdbcTemplate jdbc;

	/** How long one attempt to take the customer table for a transaction alone waits ({@link #takeTable}). */
	private final Duration tableLockTimeout;

	/** {@link #drawStatement}, once made. */
	private volatile String draw;

	BulkInsert(JdbcTemplate jdbc, CustomerImportSettings settings) {
		this.jdbc = jdbc;
		this.tableLockTimeout = settings.tableLockTimeout();
	}

	/** Inserts the rows that hold a new document and answers the ids of those inserted. */
	List<Long> insert(List<Sealed> rows, Instant now) {
		return insert(rows, now, new WriteTimes());
	}

	/**
	 * {@link #insert(List, Instant)} in the caller's transaction: of the batch's rows, those whose document is neither
	 * on file (one look-up of the batch's documents in the unique index) nor on an earlier line of the batch (the first
	 * line of a document wins) are copied straight into the customer table with PostgreSQL's binary {@code COPY}, each
	 * with an id and a customer number drawn from the table's sequences (one statement for the batch). Other writers
	 * go on meanwhile: should one file a document of the batch between the look-up and the {@code COPY} (or hold one
	 * uncommitted, which the {@code COPY} waits for), the unique rule refuses the {@code COPY}; it is then undone to a
	 * savepoint and the batch's documents are looked up and copied again, so that the document filed meanwhile is
	 * skipped and the rest of the batch goes in. Adds where its time went to {@code times}.
	 */
	List<Long> insert(List<Sealed> rows, Instant now, WriteTimes times) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Document, Sealed> first = firstPerDocument(rows);
		return jdbc.execute((Connection connection) -> {
			for (int attempt = 1;; attempt++) {
				long start = System.nanoTime();
				List<Sealed> fresh = fresh(first, onFile(first.keySet()));
				times.lookup += System.nanoTime() - start;
				if (fresh.isEmpty()) {
					return List.<Long>of();
				}
				Savepoint before = connection.setSavepoint();
				try {
					List<Long> ids = copy(connection, fresh, now, times, false);
					connection.releaseSavepoint(before);
					return ids;
				}
				catch (SQLException e) {
					if (attempt == DELTA_ATTEMPTS || !documentRuleViolated(e)) {
						throw e;
					}
					connection.rollback(before);
				}
			}
		});
	}

	/**
	 * Lets the caller's transaction, a batch's, commit without waiting for the disk ({@code synchronous_commit} off for
	 * it alone, {@code SET LOCAL}). A batch commits its rows with the import's new position: a crash of the database
	 * server that loses the commit loses both, as if the batch had been rolled back, and the import resumes at the
	 * position on disk, repeating and losing nothing. PostgreSQL writes the commit within a fraction of a second, and
	 * any later commit that waits for the disk — the import's end, a listener's, any other writer's — makes it durable
	 * first. Spares a flush of the write-ahead log per batch.
	 */
	void deferCommit() {
		jdbc.execute("set local synchronous_commit = off");
	}

	/**
	 * How often a delta's batch is looked up and copied before a violation of the unique rule fails it: each attempt
	 * but the first follows a document of the batch filed by another writer since the previous look-up.
	 */
	private static final int DELTA_ATTEMPTS = 5;

	/** Whether {@code e} is the one-customer-per-document rule refusing a row. */
	private static boolean documentRuleViolated(SQLException e) {
		return UNIQUE_VIOLATION.equals(e.getSQLState()) && e instanceof org.postgresql.util.PSQLException psql
				&& psql.getServerErrorMessage() != null
				&& DOCUMENT_RULE.equals(psql.getServerErrorMessage().getConstraint());
	}

	/** The batch's first row of each document, in the batch's order. */
	private static Map<Document, Sealed> firstPerDocument(List<Sealed> rows) {
		Map<Document, Sealed> first = new LinkedHashMap<>();
		for (Sealed row : rows) {
			first.putIfAbsent(new Document(row.idType(), ByteBuffer.wrap(row.idNumberHash())), row);
		}
		return first;
	}

	/** The rows encoded for {@code COPY}: those the checking threads encoded as they are, the others encoded here. */
	private static List<Sealed> encoded(List<Sealed> rows) {
		List<Sealed> encoded = new ArrayList<>(rows.size());
		for (Sealed row : rows) {
			encoded.add(row.encoded());
		}
		return encoded;
	}

	/** What a {@code COPY} is fed: its rows, written to the sink. */
	private interface CopyFeed {

		void write(CopyRows.Sink sink) throws SQLException;
	}

	/** Runs {@code statement}, a {@code COPY … from stdin}, on {@code connection}, fed by {@code feed}. */
	private static void copy(Connection connection, String statement, CopyFeed feed) throws SQLException {
		CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
		try {
			feed.write(in::writeToCopy);
			in.endCopy();
		}
		catch (SQLException e) {
			cancel(in, e);
			throw e;
		}
	}

	/** Ends a {@code COPY} that failed, keeping a failure to end it beside {@code failure}. */
	private static void cancel(CopyIn in, SQLException failure) {
		if (in.isActive()) {
			try {
				in.cancelCopy();
			}
			catch (SQLException cancel) {
				failure.addSuppressed(cancel);
			}
		}
	}

	/**
	 * The last step of a go-live load, in the caller's transaction: takes the customer table for itself, drops its
	 * secondary indexes and unique constraints (all but the primary key and those a foreign key needs), inserts the
	 * import's staged rows whose document is neither on file nor on an earlier line of the file (the first line of a
	 * document wins, as a delta decides batch by batch), builds the indexes and constraints
	 * again from their own definitions, and deletes the staged rows. Were a staged row to break a unique rule the
	 * insert did not foresee, building its constraint fails and the whole step rolls back: nothing is half done.
	 */
	Promoted promote(long importId, Instant now) {
		jdbc.execute("set local maintenance_work_mem = '256MB'");
		jdbc.execute("set local work_mem = '128MB'");
		takeTable();
		List<String> rebuild = new ArrayList<>();
		for (Map<String, Object> index : jdbc.queryForList(SECONDARY_INDEXES)) {
			String constraint = (String) index.get("constraint_name");
			if (constraint == null) {
				jdbc.execute("drop index " + index.get("index_name"));
				rebuild.add((String) index.get("index_def"));
			}
			else {
				String quoted = "\"" + constraint.replace("\"", "\"\"") + "\"";
				jdbc.execute("alter table customer drop constraint " + quoted);
				rebuild.add("alter table customer add constraint " + quoted + " " + index.get("constraint_def"));
			}
		}
		Timestamp at = Timestamp.from(now);
		Map<String, Object> inserted = jdbc.queryForMap(PROMOTE, at, at, at, importId);
		rebuild.forEach(jdbc::execute);
		jdbc.execute("analyze customer");
		long staged = jdbc.queryForObject("select count(*) from customer_import_row where import_id = ?", Long.class,
				importId);
		jdbc.execute("lock table customer_import_row in access exclusive mode");
		if (Boolean.TRUE.equals(jdbc.queryForObject(
				"select not exists (select 1 from customer_import_row where import_id <> ?)", Boolean.class, importId))) {
			jdbc.execute("truncate customer_import_row");
		}
		else {
			jdbc.update("delete from customer_import_row where import_id = ?", importId);
		}
		long count = ((Number) inserted.get("count")).longValue();
		return new Promoted(count, staged - count, count == 0 ? null : ((Number) inserted.get("first")).longValue(),
				count == 0 ? null : ((Number) inserted.get("last")).longValue());
	}

	/**
	 * Drops the customer table's secondary indexes for a go-live load, in the caller's transaction, and records each
	 * one's definition for the import in {@code customer_import_dropped_index}: committed together, so that no index is
	 * ever dropped without its record. The one-customer-per-document rule's unique index goes too: the load keeps that
	 * rule itself ({@link #write}), and its guard (the trigger {@code customer_go_live_guard}, put on the table here and
	 * taken off by the transaction that builds the rule's index again) refuses every other statement that adds a
	 * customer or changes a document meanwhile. The first customer id the load may write is recorded with the import,
	 * so that the load can be undone should the rule fail to build again. The primary key and the customer number's
	 * unique index (both written in ascending order) stay. The table is taken for the transaction as
	 * {@link #takeTable} does: {@link TableBusy} when that takes longer than {@code table-lock-timeout}.
	 */
	int dropIndexes(long importId) {
		takeTable();
		List<Map<String, Object>> indexes = jdbc.queryForList(DROPPABLE_INDEXES);
		for (Map<String, Object> index : indexes) {
			jdbc.update("""
					insert into customer_import_dropped_index (import_id, index_name, definition) values (?, ?, ?)
					on conflict do nothing""", importId, index.get("index_name"), index.get("index_def"));
			jdbc.execute("drop index " + index.get("index_name"));
		}
		int dropped = indexes.size();
		List<String> rule = jdbc.queryForList("""
				select pg_get_indexdef(c.conindid) from pg_constraint c
				where c.conrelid = 'customer'::regclass and c.conname = ? and c.contype = 'u'""", String.class,
				DOCUMENT_RULE);
		if (!rule.isEmpty()) {
			jdbc.update("""
					update customer_import set go_live_from_id = coalesce(go_live_from_id,
					  (select coalesce(max(id), 0) + 1 from customer)) where id = ?""", importId);
			jdbc.update("""
					insert into customer_import_dropped_index (import_id, index_name, definition) values (?, ?, ?)
					on conflict do nothing""", importId, DOCUMENT_RULE, String.join(";\n", rule.get(0),
					"alter table customer add constraint " + DOCUMENT_RULE + " unique using index " + DOCUMENT_RULE,
					"drop trigger if exists " + GUARD + " on customer"));
			jdbc.execute("alter table customer drop constraint " + DOCUMENT_RULE);
			dropped++;
		}
		if (!guarded()) {
			jdbc.execute("create trigger " + GUARD + " before insert or update of id_type, id_number_hash on customer"
					+ " for each statement execute function customer_go_live_guard()");
		}
		return dropped;
	}

	/** Whether a go-live load's guard is on the customer table. */
	boolean guarded() {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from pg_trigger where tgrelid = 'customer'::regclass and tgname = ?)""",
				Boolean.class, GUARD));
	}

	/**
	 * Undoes a go-live load whose one-customer-per-document rule could not be built again, in the caller's transaction:
	 * deletes the customers it wrote (every customer from the id recorded when its guard went on: no one else could add
	 * one meanwhile), builds the rule again and takes the guard off; answers how many customers it deleted.
	 * {@link TableBusy} when the table cannot be taken within {@code table-lock-timeout} ({@link #takeTable}).
	 */
	long undo(long importId) {
		takeTable();
		Long from = jdbc.queryForObject("select go_live_from_id from customer_import where id = ?", Long.class, importId);
		long deleted = from == null ? 0 : jdbc.update("delete from customer where id >= ?", from);
		rebuild(importId, DOCUMENT_RULE, 0);
		return deleted;
	}

	/** The indexes an import dropped and has not built again yet, the unique rule's first. */
	List<String> droppedIndexes(long importId) {
		return jdbc.queryForList("""
				select index_name from customer_import_dropped_index where import_id = ?
				order by index_name <> ?, index_name""", String.class, importId, DOCUMENT_RULE);
	}

	/**
	 * Builds one index an import dropped, in the caller's transaction, and deletes its record (the unique rule's: its
	 * index unless {@link #buildRuleIndex} built it already, the constraint on it, the guard taken off): false when
	 * another worker built it first (the record's row lock makes the second wait and then find nothing). An index of
	 * that name that exists again already is not built again. {@code parallelWorkers}: the database's processes that may
	 * help build it ({@code max_parallel_maintenance_workers}). The unique rule's constraint and the guard's lifting
	 * need the table for the transaction alone: it is taken first ({@link #takeTable}), and {@link TableBusy} thrown
	 * when that takes longer than {@code table-lock-timeout}.
	 */
	boolean rebuild(long importId, String indexName, int parallelWorkers) {
		if (DOCUMENT_RULE.equals(indexName)) {
			takeTable();
		}
		List<String> definition = jdbc.queryForList("""
				delete from customer_import_dropped_index where import_id = ? and index_name = ? returning definition""",
				String.class, importId, indexName);
		if (definition.isEmpty()) {
			return false;
		}
		String[] statements = definition.get(0).split(";\n");
		if (missing(indexName)) {
			buildSettings(parallelWorkers);
			jdbc.execute(statements[0]);
		}
		// The rule's record is there, so its constraint is not (both go in one transaction): make it and lift the guard.
		for (int i = 1; i < statements.length; i++) {
			jdbc.execute(statements[i]);
		}
		return true;
	}

	/**
	 * Takes the customer table for the caller's transaction alone ({@code access exclusive}), waiting at most
	 * {@code table-lock-timeout} ({@code lock_timeout} for this statement only). A session that holds the table (a
	 * job's long transaction, say) would otherwise keep this one waiting in the table's lock queue as long as it likes,
	 * and every other reader of customers would queue behind it meanwhile, each of them perhaps holding up the holder in
	 * turn; so instead the caller's transaction fails with {@link TableBusy}, to be rolled back and tried again a
	 * little later, while the readers go on.
	 */
	void takeTable() {
		String before = jdbc.queryForObject("select current_setting('lock_timeout')", String.class);
		jdbc.queryForObject("select set_config('lock_timeout', ?, true)", String.class,
				Math.max(1, tableLockTimeout.toMillis()) + "ms");
		try {
			jdbc.execute("lock table customer in access exclusive mode");
		}
		catch (DataAccessException e) {
			if (e.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
				throw new TableBusy(tableLockTimeout, e);
			}
			throw e;
		}
		jdbc.queryForObject("select set_config('lock_timeout', ?, true)", String.class, before);
	}

	/**
	 * The sessions that hold a lock on the customer table now, but this one's, as operators would look them up: process
	 * id, state, since when its transaction runs, the lock modes, its application and client, and the start of its
	 * latest statement.
	 */
	List<String> tableHolders() {
		return jdbc.query("""
				select a.pid, a.state, a.xact_start, string_agg(distinct l.mode, ', ' order by l.mode) as modes,
				  a.application_name, coalesce(host(a.client_addr) || ':' || a.client_port, 'local') as client,
				  left(regexp_replace(a.query, '\\s+', ' ', 'g'), 160) as query
				from pg_locks l join pg_stat_activity a on a.pid = l.pid
				where l.locktype = 'relation' and l.relation = 'customer'::regclass and l.granted
				  and l.pid <> pg_backend_pid()
				group by a.pid, a.state, a.xact_start, a.application_name, a.client_addr, a.client_port, a.query
				order by a.xact_start nulls last""", (rs, n) -> String.format("pid %d (%s, transaction since %s, %s,"
						+ " application %s, client %s): %s", rs.getInt("pid"), rs.getString("state"),
						rs.getTimestamp("xact_start") == null ? "-" : rs.getTimestamp("xact_start").toInstant(),
						rs.getString("modes"), rs.getString("application_name"), rs.getString("client"),
						rs.getString("query")));
	}

	/**
	 * Builds the unique index of the one-customer-per-document rule that a go-live load dropped, in the caller's
	 * transaction, and keeps its record: the index then refuses a second customer with one document, while the
	 * constraint on it and the guard's lifting wait for {@link #rebuild} once every other index is built too. So the
	 * rule's index is built beside the others ({@code create index} takes a lock that lets other index builds go on),
	 * and the guard, whose lifting takes the table for itself, is lifted once at the end. False when there is no such
	 * record (built already, or another worker holds it: its row lock makes this one wait and then find it there).
	 */
	boolean buildRuleIndex(long importId, int parallelWorkers) {
		List<String> definition = jdbc.queryForList("""
				select definition from customer_import_dropped_index where import_id = ? and index_name = ? for update""",
				String.class, importId, DOCUMENT_RULE);
		if (definition.isEmpty() || !missing(DOCUMENT_RULE)) {
			return false;
		}
		buildSettings(parallelWorkers);
		jdbc.execute(definition.get(0).split(";\n")[0]);
		return true;
	}

	private boolean missing(String indexName) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is null", Boolean.class, indexName));
	}

	/** The memory and the database's helper processes for one index build, for the caller's transaction. */
	private void buildSettings(int parallelWorkers) {
		jdbc.execute("set local maintenance_work_mem = '256MB'");
		jdbc.execute("set local max_parallel_maintenance_workers = " + Math.max(0, parallelWorkers));
	}

	/** Whether the import has rows staged by the earlier go-live load, to be moved in by {@link #promote}. */
	boolean hasStaged(long importId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from customer_import_row where import_id = ?)", Boolean.class, importId));
	}

	/** Brings the planner's figures of the customer table up to date after a load. */
	void analyze() {
		jdbc.execute("analyze customer");
	}

	/**
	 * Writes a batch of a go-live load straight into the customer table, in the caller's transaction, with
	 * PostgreSQL's binary {@code COPY}: of the batch's rows, those whose document is neither on file nor on an earlier
	 * line of the batch (the first line of a document wins, as in a delta), each
	 * with an id and a customer number from the table's own sequences. The table is held against other writers for the
	 * batch ({@code share row exclusive}: readers go on), so that no document can land between the look-up and the
	 * {@code COPY}; were one to land anyway, the unique index refuses it and the batch rolls back whole.
	 */
	List<Long> write(List<Sealed> rows, Instant now) {
		return write(rows, now, new WriteTimes(), new KnownDocuments());
	}

	/**
	 * {@link #write(List, Instant)} for a load that keeps the documents it knows on file in {@code known} (filled from
	 * the table by its first batch, then with each batch's documents). Under the load's guard ({@link #dropIndexes}:
	 * the unique rule's index dropped, no other writer let in) a document found there is on file and one not found is
	 * not, so the rule is kept without the table. Without the guard, only a batch's documents found there are looked up
	 * in the table; should another writer have filed one of the others since (it cannot while the batch holds the lock),
	 * the {@code COPY} fails on the unique index; it is then undone to a savepoint and the batch written again with every
	 * document looked up. Adds where its time went to {@code times}.
	 */
	List<Long> write(List<Sealed> rows, Instant now, WriteTimes times, KnownDocuments known) {
		if (rows.isEmpty()) {
			return List.of();
		}
		long start = System.nanoTime();
		jdbc.execute("lock table customer in share row exclusive mode");
		jdbc.execute("set local clientcare.go_live_load = 'on'");
		if (!known.loaded()) {
			loadKnown(known);
		}
		long locked = System.nanoTime();
		times.lock += locked - start;
		if (known.exact()) {
			// Under the load's guard the documents known are all those on file: a row goes in when its document is new.
			List<Sealed> fresh = new ArrayList<>(rows.size());
			for (Sealed row : rows) {
				if (known.addNew(KnownDocuments.fingerprint(row.idType(), row.idNumberHash()))) {
					fresh.add(row);
				}
			}
			times.lookup += System.nanoTime() - locked;
			return fresh.isEmpty() ? List.of()
					: jdbc.execute((Connection connection) -> copy(connection, fresh, now, times, true));
		}
		Map<Document, Sealed> first = firstPerDocument(rows);
		Set<Document> maybe = new HashSet<>();
		first.keySet().forEach(document -> {
			if (known.contains(document.fingerprint())) {
				maybe.add(document);
			}
		});
		// Without the guard a document known may have left the table since: those are looked up.
		List<Sealed> fresh = fresh(first, maybe.isEmpty() ? Set.of() : onFile(maybe));
		times.lookup += System.nanoTime() - locked;
		if (fresh.isEmpty()) {
			return List.of();
		}
		List<Long> written = jdbc.execute((Connection connection) -> {
			Savepoint before = connection.setSavepoint();
			try {
				List<Long> ids = copy(connection, fresh, now, times, true);
				connection.releaseSavepoint(before);
				return ids;
			}
			catch (SQLException e) {
				if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
					throw e;
				}
				connection.rollback(before);
				long again = System.nanoTime();
				List<Sealed> stillFresh = fresh(first, onFile(first.keySet()));
				times.lookup += System.nanoTime() - again;
				return stillFresh.isEmpty() ? List.<Long>of() : copy(connection, stillFresh, now, times, true);
			}
		});
		first.keySet().forEach(document -> known.add(document.fingerprint()));
		return written;
	}

	/** Of the batch's first rows per document, those whose document is not {@code onFile}. */
	private static List<Sealed> fresh(Map<Document, Sealed> first, Set<Document> onFile) {
		List<Sealed> fresh = new ArrayList<>(first.size());
		first.forEach((document, row) -> {
			if (!onFile.contains(document)) {
				fresh.add(row);
			}
		});
		return fresh;
	}

	/**
	 * Copies {@code fresh} into the customer table on {@code connection}, each row with an id and a customer number
	 * from the table's sequences, and answers the ids. {@code inRanges}: the ids and numbers taken as two ranges of the
	 * sequences, for a caller that holds back every other insert into the table (a go-live load's batch); else each
	 * drawn by itself, as any other writer draws them.
	 */
	private List<Long> copy(Connection connection, List<Sealed> fresh, Instant now, WriteTimes times, boolean inRanges)
			throws SQLException {
		long start = System.nanoTime();
		int n = fresh.size();
		long[] ids = new long[n];
		String[] numbers = new String[n];
		if (inRanges) {
			numberInRanges(connection, ids, numbers);
		}
		else {
			drawNumbers(connection, ids, numbers);
		}
		long numbered = System.nanoTime();
		times.numbers += numbered - start;
		List<Sealed> encoded = encoded(fresh);
		long copying = System.nanoTime();
		times.encode += copying - numbered;
		try {
			copy(connection, WRITE, sink -> CopyRows.customers(encoded, ids, numbers, now, sink));
		}
		finally {
			times.copy += System.nanoTime() - copying;
		}
		List<Long> written = new ArrayList<>(n);
		for (long id : ids) {
			written.add(id);
		}
		return written;
	}

	/**
	 * The batch's ids and customer numbers as two ranges of the sequences, taken in one statement: no other insert into
	 * the customer table can take a number meanwhile (the caller's lock holds them back); were a number taken outside
	 * an insert, the table's unique indexes would refuse the batch whole.
	 */
	private static void numberInRanges(Connection connection, long[] ids, String[] numbers) throws SQLException {
		int n = ids.length;
		long firstId;
		long firstNo;
		try (PreparedStatement statement = connection.prepareStatement("""
				select setval(pg_get_serial_sequence('customer', 'id'),
				         nextval(pg_get_serial_sequence('customer', 'id')) + ? - 1) as last_id,
				       setval('customer_no_seq', nextval('customer_no_seq') + ? - 1) as last_no""")) {
			statement.setInt(1, n);
			statement.setInt(2, n);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				firstId = rs.getLong(1) - n + 1;
				firstNo = rs.getLong(2) - n + 1;
			}
		}
		for (int i = 0; i < n; i++) {
			ids[i] = firstId + i;
			numbers[i] = customerNo(firstNo + i);
		}
	}

	/**
	 * The batch's ids and customer numbers drawn from the sequences one by one, as a registration draws them, in one
	 * statement: other writers draw theirs meanwhile, so each value is the batch's alone.
	 */
	private void drawNumbers(Connection connection, long[] ids, String[] numbers) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(drawStatement())) {
			statement.setInt(1, ids.length);
			try (ResultSet rs = statement.executeQuery()) {
				for (int i = 0; i < ids.length; i++) {
					rs.next();
					ids[i] = rs.getLong(1);
					numbers[i] = customerNo(rs.getLong(2));
				}
			}
		}
	}

	/**
	 * {@link #drawNumbers}' statement, the id's sequence named once (its name a constant of the statement, so that it is
	 * not looked up again for every row).
	 */
	private String drawStatement() {
		String statement = draw;
		if (statement == null) {
			String sequence = jdbc.queryForObject("select pg_get_serial_sequence('customer', 'id')", String.class);
			statement = "select nextval('" + sequence.replace("'", "''") + "'), nextval('customer_no_seq')"
					+ " from generate_series(1, ?)";
			draw = statement;
		}
		return statement;
	}

	/** Fills {@code known} with the documents on file, in the caller's transaction (which holds the table). */
	private void loadKnown(KnownDocuments known) {
		jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(
					"select id_type, id_number_hash from customer where id_number_hash is not null")) {
				statement.setFetchSize(10_000);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						known.add(KnownDocuments.fingerprint(rs.getString(1), rs.getBytes(2)));
					}
				}
			}
			return null;
		});
		known.markLoaded(guarded());
	}

	/** A customer number as the registration writes it: {@code 'C' || lpad(n::text, 10, '0')}. */
	static String customerNo(long n) {
		String digits = Long.toString(n);
		if (digits.length() >= 10) {
			return "C" + digits.substring(0, 10);
		}
		return "C" + "0".repeat(10 - digits.length()) + digits;
	}

	private Set<Document> onFile(Set<Document> documents) {
		String[] types = documents.stream().map(Document::type).toArray(String[]::new);
		byte[][] hashes = documents.stream().map(d -> d.hash().array()).toArray(byte[][]::new);
		return jdbc.execute((Connection connection) -> {
			Array typeArray = connection.createArrayOf("text", types);
			Array hashArray = connection.createArrayOf("bytea", hashes);
			Set<Document> found = new HashSet<>();
			try (PreparedStatement statement = connection.prepareStatement(ON_FILE)) {
				statement.setArray(1, typeArray);
				statement.setArray(2, hashArray);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						found.add(new Document(rs.getString(1), ByteBuffer.wrap(rs.getBytes(2))));
					}
				}
			}
			finally {
				typeArray.free();
				hashArray.free();
			}
			return found;
		});
	}

	/**
	 * The customer table could not be taken within the time given: other sessions hold it ({@link #tableHolders}). The
	 * transaction is broken and must be rolled back; nothing of it stays.
	 */
	static final class TableBusy extends RuntimeException {

		TableBusy(Duration timeout, Throwable cause) {
			super("The customer table is held by other sessions; not taken within " + timeout.toMillis() + " ms", cause);
		}
	}

	/**
	 * Where a batch's writing went, summed over the import's batches, in nanoseconds: waiting for the table lock (a
	 * go-live load's), looking up the batch's documents, taking the ids and customer numbers, encoding the rows the
	 * checking threads left unencoded for {@code COPY}, and the {@code COPY} itself (the rows streamed with their ids,
	 * numbers and times, the database writing them and maintaining the table's indexes). Used by one thread.
	 */
	static final class WriteTimes {

		long lock;

		long lookup;

		long numbers;

		long encode;

		long copy;
	}

	/** A document: its type and keyed hash (compared by content). */
	private record Document(String type, ByteBuffer hash) {

		KnownDocuments.Fingerprint fingerprint() {
			return KnownDocuments.fingerprint(type, hash.array());
		}
	}

	/** What the last step of a go-live load did: customers inserted, staged rows whose document was on file already. */
	record Promoted(long imported, long unchanged, Long firstId, Long lastId) {
	}

	/** A row ready to store: PII encrypted, documents and phones hashed, and the PII's masked forms. */
	record Sealed(long line, String type, String name, String idType, byte[] idNumberEnc, byte[] idNumberHash,
			LocalDate idExpiry, byte[] birthDateEnc, String gender, byte[] phoneEnc, byte[] phoneHash, byte[] emailEnc,
			byte[] addressEnc, String occupation, String status, long orgUnitId, Long managerId,
			LocalDate relationshipSince, MaskedPii masked, byte[] copyFields) {

		/** A row not yet encoded for {@code COPY}. */
		Sealed(long line, String type, String name, String idType, byte[] idNumberEnc, byte[] idNumberHash,
				LocalDate idExpiry, byte[] birthDateEnc, String gender, byte[] phoneEnc, byte[] phoneHash, byte[] emailEnc,
				byte[] addressEnc, String occupation, String status, long orgUnitId, Long managerId,
				LocalDate relationshipSince, MaskedPii masked) {
			this(line, type, name, idType, idNumberEnc, idNumberHash, idExpiry, birthDateEnc, gender, phoneEnc, phoneHash,
					emailEnc, addressEnc, occupation, status, orgUnitId, managerId, relationshipSince, masked, null);
		}

		/** This row with its own columns encoded for the go-live load's {@code COPY} ({@link CopyRows#fields}). */
		Sealed encoded() {
			return copyFields != null ? this : new Sealed(line, type, name, idType, idNumberEnc, idNumberHash, idExpiry,
					birthDateEnc, gender, phoneEnc, phoneHash, emailEnc, addressEnc, occupation, status, orgUnitId,
					managerId, relationshipSince, masked, CopyRows.fields(this));
		}
	}
}
