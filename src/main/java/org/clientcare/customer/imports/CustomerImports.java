package org.clientcare.customer.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.shared.problem.FieldProblem;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code customer_import} and {@code customer_import_error}. */
@Repository
class CustomerImports {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JdbcTemplate streaming;

	CustomerImports(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	long create(String fileName, String storedPath, boolean owned, String sha256, long bytes, long estimatedRows,
			String requestedBy, String requestedRole, Instant now) {
		return jdbc.sql("""
				insert into customer_import (file_name, stored_path, owned_file, sha256, bytes, estimated_rows, status,
				  requested_by, requested_role, created_at)
				values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?) returning id""")
			.params(fileName, storedPath, owned, sha256, bytes, estimatedRows, requestedBy, requestedRole, Timestamp.from(now))
			.query(Long.class).single();
	}

	Optional<CustomerImport> find(long id) {
		return jdbc.sql("select * from customer_import where id = ?").param(id).query(CustomerImports::row).optional();
	}

	List<CustomerImport> recent(int count) {
		return jdbc.sql("select * from customer_import order by id desc limit ?").param(count)
			.query(CustomerImports::row).list();
	}

	/** An unfinished import of the same file from the same place, to resume rather than start again. */
	Optional<CustomerImport> unfinished(String sha256, String storedPath) {
		return jdbc.sql("""
				select * from customer_import where sha256 = ? and stored_path = ? and status in ('QUEUED', 'RUNNING')
				order by id desc limit 1""")
			.params(sha256, storedPath).query(CustomerImports::row).optional();
	}

	/**
	 * Marks the import running on this instance and answers its load mode: the one chosen when it first started, else
	 * {@code proposed} (empty when the import is no longer to run).
	 */
	Optional<LoadMode> started(long id, String instance, LoadMode proposed, Instant now) {
		return jdbc.sql("""
				update customer_import set status = 'RUNNING', started_at = coalesce(started_at, ?), instance = ?,
				  load_mode = coalesce(load_mode, ?)
				where id = ? and status in ('QUEUED', 'RUNNING') returning load_mode""")
			.params(Timestamp.from(now), cut(instance, 255), proposed.name(), id)
			.query((rs, n) -> LoadMode.valueOf(rs.getString(1))).optional();
	}

	/** The import's load mode, once chosen. */
	Optional<LoadMode> loadMode(long id) {
		return jdbc.sql("select load_mode from customer_import where id = ? and load_mode is not null").param(id)
			.query((rs, n) -> LoadMode.valueOf(rs.getString(1))).optional();
	}

	/** Whether the customer table holds fewer than {@code limit} customers (counting no further than that). */
	boolean fewerCustomersThan(long limit) {
		return jdbc.sql("select count(*) from (select 1 from customer limit ?) c").param(limit)
			.query(Long.class).single() < limit;
	}

	/**
	 * Moves the import's position from {@code expectedLine} to the line after a batch (and how far the file was read,
	 * for its progress); false when another worker moved it first (the row lock this takes serialises workers, and the
	 * batch must then be dropped).
	 */
	boolean advance(long id, long expectedLine, long nextLine, long bytesRead, long processed) {
		return jdbc.sql("""
				update customer_import set next_line = ?, next_offset = ?, processed = processed + ?
				where id = ? and next_line = ? and status = 'RUNNING'""")
			.params(nextLine, bytesRead, processed, id, expectedLine).update() == 1;
	}

	void count(long id, long imported, long unchanged, long rejected) {
		jdbc.sql("""
				update customer_import set imported = imported + ?, unchanged = unchanged + ?, rejected = rejected + ?
				where id = ?""")
			.params(imported, unchanged, rejected, id).update();
	}

	void errors(long id, List<LineProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		template.batchUpdate("insert into customer_import_error (import_id, line, field, code, message) values (?, ?, ?, ?, ?)",
				problems, problems.size(), (statement, p) -> {
					statement.setLong(1, id);
					statement.setLong(2, p.line());
					statement.setString(3, cut(p.problem().field(), 32));
					statement.setString(4, cut(p.problem().code(), 32));
					statement.setString(5, cut(p.problem().message(), 300));
				});
	}

	/** Marks the import done; false when it was not running (another worker finished it first). */
	boolean finished(long id, Instant now) {
		return jdbc.sql("update customer_import set status = 'DONE', finished_at = ? where id = ? and status = 'RUNNING'")
			.params(Timestamp.from(now), id).update() == 1;
	}

	/** Counts none of the import's rows imported: its load was undone. */
	void undone(long id) {
		jdbc.sql("update customer_import set imported = 0 where id = ?").param(id).update();
	}

	/** Fails the import after {@code attempts} runs of its task failed in a row, with the last one's reason. */
	void failedAfterAttempts(long id, String failure, int attempts, Instant now) {
		jdbc.sql("update customer_import set status = 'FAILED', failure = ?, failed_attempts = ?, finished_at = ?"
				+ " where id = ? and status <> 'DONE'").params(cut(failure, 500), attempts, Timestamp.from(now), id).update();
	}

	void failed(long id, String failure, Instant now) {
		jdbc.sql("update customer_import set status = 'FAILED', failure = ?, finished_at = ? where id = ? and status <> 'DONE'")
			.params(cut(failure, 500), Timestamp.from(now), id).update();
	}

	List<LineProblem> firstErrors(long id, int count) {
		return jdbc.sql("select * from customer_import_error where import_id = ? order by line, field limit ?")
			.params(id, count).query(CustomerImports::problem).list();
	}

	/** Writes every rejected row as CSV, streaming from the database. */
	void writeErrors(long id, Writer out) {
		streaming.query("select * from customer_import_error where import_id = ? order by line, field", rs -> {
			try {
				LineProblem p = problem(rs, 0);
				out.write(p.line() + "," + csv(p.problem().field()) + "," + csv(p.problem().code()) + ","
						+ csv(p.problem().message()) + "\r\n");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, id);
	}

	private static String csv(String value) {
		return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	private static LineProblem problem(ResultSet rs, int n) throws SQLException {
		return new LineProblem(rs.getLong("line"),
				new FieldProblem(rs.getString("field"), rs.getString("code"), rs.getString("message")));
	}

	private static CustomerImport row(ResultSet rs, int n) throws SQLException {
		return new CustomerImport(rs.getLong("id"), rs.getString("file_name"), rs.getString("stored_path"),
				rs.getBoolean("owned_file"), rs.getString("sha256"), rs.getLong("bytes"), rs.getLong("estimated_rows"),
				CustomerImport.Status.valueOf(rs.getString("status")), rs.getLong("next_offset"), rs.getLong("next_line"),
				rs.getLong("processed"), rs.getLong("imported"), rs.getLong("unchanged"), rs.getLong("rejected"),
				rs.getString("requested_by"), rs.getString("requested_role"), rs.getString("failure"),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("instance"),
				rs.getObject("failed_attempts", Integer.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/**
	 * How an import writes its rows: {@code DELTA} batch by batch into the customer table with its indexes (the daily
	 * feed), {@code GO_LIVE} staged batch by batch and moved in at the end with the indexes built afterwards.
	 */
	enum LoadMode {
		DELTA, GO_LIVE
	}

	/** A problem of one line of the file. */
	record LineProblem(long line, FieldProblem problem) {
	}
}
