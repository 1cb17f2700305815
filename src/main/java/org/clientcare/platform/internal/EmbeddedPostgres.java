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
 * <p>
 * Nobody gets in without the password: it is generated on the first start into a file readable by its owner only
 * (beside the data, like the development PII keys), set by {@code initdb}, and every connection, local socket or TCP,
 * must prove it with SCRAM ({@code pg_hba.conf} is written before each start). A data directory made before the
 * password existed gets one on its next start.
 */
final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	static final String SUPERUSER = "postgres";

	private static final String HBA = """
			# Written by ClientCare before every start of its embedded PostgreSQL: a password (SCRAM) for every connection.
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private final String password;

	/** A throw-away server's password file, removed with the directory that held it when the server stops; else null. */
	private final Path throwAwayPasswordFile;

	private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String password,
			Path throwAwayPasswordFile) {
		this.server = server;
		this.password = password;
		this.throwAwayPasswordFile = throwAwayPasswordFile;
	}

	/**
	 * Starts a server on {@code dataDirectory}, creating it on the first run, with the password kept in
	 * {@code passwordFile} (generated when missing).
	 */
	static EmbeddedPostgres start(Path dataDirectory, Path passwordFile, boolean ephemeral) {
		try {
			Files.createDirectories(dataDirectory);
			stopOrphanedServer(dataDirectory);
			boolean existing = !ephemeral && Files.exists(dataDirectory.resolve("PG_VERSION"));
			boolean withoutPassword = existing && !Files.exists(passwordFile);
			String password = password(passwordFile);
			var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(ephemeral)
				// initdb sets the superuser's password from the file (zonky passes locale settings as --name=value)
				.setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
				.setConnectConfig("password", password)
				// A directory made before it had a password still trusts until the password is set, just below.
				.setDataDirectoryCustomizer(directory -> {
					if (!withoutPassword) {
						writeHba(directory.toPath());
					}
				})
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
			if (withoutPassword) {
				setPassword(server, password);
				writeHba(dataDirectory);
				reloadConfiguration(server);
				log.warn("The embedded PostgreSQL in {} had no password: it has one now, in {}", dataDirectory.toAbsolutePath(),
						passwordFile.toAbsolutePath());
			}
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory.toAbsolutePath());
			return new EmbeddedPostgres(server, password, ephemeral ? passwordFile : null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
		}
	}

	/** The superuser's password, for the connection pool. */
	String password() {
		return password;
	}

	/** The password in {@code file}, or a new random one written there, readable by its owner only. */
	private static String password(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file).strip();
		}
		byte[] random = new byte[24];
		new java.security.SecureRandom().nextBytes(random);
		String password = java.util.HexFormat.of().formatHex(random);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path written = Files.createFile(file, java.nio.file.attribute.PosixFilePermissions
			.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
		Files.writeString(written, password + "\n");
		return password;
	}

	private static void writeHba(Path dataDirectory) {
		try {
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, e);
		}
	}

	private static void setPassword(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String password) {
		// ALTER ROLE takes no bound parameter: the password is hexadecimal, so quoting it as a literal is safe.
		if (!password.matches("[0-9A-Za-z._-]+")) {
			throw new IllegalStateException("The embedded PostgreSQL password file holds unexpected characters");
		}
		execute(server, "alter role " + SUPERUSER + " with password '" + password + "'");
	}

	private static void reloadConfiguration(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
		execute(server, "select pg_reload_conf()");
	}

	private static void execute(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String sql) {
		try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("Could not run on the embedded PostgreSQL: " + sql.replaceAll("'.*'", "'***'"), e);
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
		return server.getJdbcUrl(SUPERUSER, database);
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
		if (throwAwayPasswordFile != null) {
			removeThrowAway(throwAwayPasswordFile);
		}
	}

	/**
	 * A throw-away server leaves nothing behind: its data directory is removed as it stops (zonky's clean-up), its
	 * password file here, and then the directory that held both, once nothing else is in it.
	 */
	private static void removeThrowAway(Path passwordFile) {
		try {
			Files.deleteIfExists(passwordFile);
			Path holder = passwordFile.toAbsolutePath().getParent();
			try (var left = Files.list(holder)) {
				if (left.findAny().isEmpty()) {
					Files.delete(holder);
				}
			}
		}
		catch (IOException e) {
			log.warn("The throw-away embedded PostgreSQL's files were not all removed: {}", e.toString());
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
