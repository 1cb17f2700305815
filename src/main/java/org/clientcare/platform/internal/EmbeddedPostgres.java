package org.clientcare.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server used when no database is configured: its data lives in a directory that survives
 * restarts. A server left running by a killed JVM ({@code kill -9}) is stopped before a new one starts on the same
 * data, so the application always comes back with its data intact.
 */
final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
		this.server = server;
	}

	/** Starts a server on {@code dataDirectory}, creating it on the first run. */
	static EmbeddedPostgres start(Path dataDirectory, boolean ephemeral) {
		try {
			Files.createDirectories(dataDirectory);
			stopOrphanedServer(dataDirectory);
			var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(ephemeral)
				// Stopped by this class, after the connection pools have closed, never by a racing hook of its own.
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", ephemeral ? "off" : "on")
				.setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
				.setServerConfig("full_page_writes", ephemeral ? "off" : "on")
				.setServerConfig("timezone", "UTC")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory.toAbsolutePath());
			return new EmbeddedPostgres(server);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
		}
	}

	/** The URL of a database of this server, created if it does not exist yet (tests give a context its own). */
	String jdbcUrl(String database) {
		if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		if (!database.equals("postgres")) {
			try (var connection = server.getPostgresDatabase().getConnection();
					var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, database);
				if (!exists.executeQuery().next()) {
					connection.createStatement().execute("create database " + database);
				}
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException("Could not create the database " + database, e);
			}
		}
		return server.getJdbcUrl("postgres", database);
	}

	private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

	@Override
	public void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		try {
			server.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its PostgreSQL running and holding the data directory. Such a server
	 * has no clients left, so a fast shutdown is safe: it finishes its WAL and releases the directory.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (process.isEmpty()) {
			return;
		}
		log.warn("Stopping an embedded PostgreSQL (pid {}) left running by a previous run", pid);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception e) {
			process.get().destroyForcibly();
		}
	}
}
