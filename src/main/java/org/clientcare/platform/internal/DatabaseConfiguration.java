package org.clientcare.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.jdbc.ReportReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link DataSource}: the PostgreSQL server named by {@code CLIENTCARE_DB_URL} (or {@code spring.datasource.url}),
 * else an embedded PostgreSQL with its data under {@code clientcare.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	ReplicatedDataSource dataSource(PlatformSettings settings, Environment environment) {
		var db = settings.db();
		HikariDataSource primary = primary(settings, environment);
		if (!db.replicated()) {
			return new ReplicatedDataSource(primary, null);
		}
		var replica = new HikariDataSource();
		replica.setPoolName("clientcare-replica");
		replica.setMaximumPoolSize(Math.max(2, db.poolSize() / 2));
		replica.setJdbcUrl(db.replicaUrl());
		replica.setUsername(firstNonBlank(db.replicaUsername(), primary.getUsername()));
		replica.setPassword(firstNonBlank(db.replicaPassword(), primary.getPassword()));
		replica.setReadOnly(true);
		replica.addDataSourceProperty("ApplicationName", "clientcare-reports");
		replica.setConnectionTimeout(2_000);
		replica.setInitializationFailTimeout(-1);   // start without the replica; reports then use the primary
		log.info("Reading reports from the replica at {}", db.replicaUrl().replaceAll("password=[^&]*", "password=***"));
		return new ReplicatedDataSource(primary, replica);
	}

	private HikariDataSource primary(PlatformSettings settings, Environment environment) {
		var db = settings.db();
		String url = url(db.url(), environment);
		var dataSource = new ClosingDataSource();
		dataSource.setPoolName("clientcare");
		dataSource.setMaximumPoolSize(db.poolSize());
		if (url != null && !url.isBlank()) {
			dataSource.setJdbcUrl(url);
			dataSource.setUsername(firstNonBlank(db.username(), environment.getProperty("spring.datasource.username")));
			dataSource.setPassword(firstNonBlank(db.password(), environment.getProperty("spring.datasource.password")));
			log.info("Using the PostgreSQL server at {}", url.replaceAll("password=[^&]*", "password=***"));
		}
		else {
			EmbeddedServers.Started started = EmbeddedServers
				.forDirectory(() -> embeddedDirectory(settings.dataDir(), environment));
			EmbeddedPostgres server = started.server();
			dataSource.setJdbcUrl(server.jdbcUrl(environment.getProperty("clientcare.embedded.database", "postgres")));
			dataSource.setUsername(EmbeddedPostgres.SUPERUSER);
			dataSource.setPassword(server.password());
			if (!started.location().ephemeral()) {
				dataSource.afterClose = server::close;
			}
			else {
				EmbeddedServers.using(dataSource);
			}
		}
		return dataSource;
	}

	/**
	 * The server the data source uses: {@code clientcare.db.url} ({@code configured}), else
	 * {@code spring.datasource.url}; none (null or blank) means the embedded server.
	 */
	static String url(String configured, Environment environment) {
		return configured != null && !configured.isBlank() ? configured : environment.getProperty("spring.datasource.url");
	}

	/** Tests ask for a throw-away server ({@code clientcare.embedded.ephemeral=true}); the application keeps its data. */
	static EmbeddedServers.Location embeddedDirectory(Path dataDir, Environment environment) {
		if (environment.getProperty("clientcare.embedded.ephemeral", Boolean.class, false)) {
			try {
				Path directory = Files.createTempDirectory("clientcare-pg-");
				return new EmbeddedServers.Location(directory.resolve("data"), directory.resolve("password"), true);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return new EmbeddedServers.Location(dataDir.resolve("postgres"), dataDir.resolve("postgres-password"), false);
	}

	private static String firstNonBlank(String a, String b) {
		return a != null && !a.isBlank() ? a : b;
	}

	/**
	 * The application's one {@code DataSource}: the primary's pool, except for the connection a
	 * {@link ReportReads#read} opens its read-only transaction with, which comes from the replica's pool when there is one.
	 */
	static final class ReplicatedDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource
			implements AutoCloseable {

		private final HikariDataSource primary;

		private final HikariDataSource replica;

		ReplicatedDataSource(HikariDataSource primary, HikariDataSource replica) {
			super(primary);
			this.primary = primary;
			this.replica = replica;
		}

		@Override
		public java.sql.Connection getConnection() throws java.sql.SQLException {
			return ReportReads.takeReplicaRequest() && replica != null ? replica.getConnection() : primary.getConnection();
		}

		@Override
		public java.sql.Connection getConnection(String username, String password) throws java.sql.SQLException {
			return ReportReads.takeReplicaRequest() && replica != null ? replica.getConnection(username, password)
					: primary.getConnection(username, password);
		}

		@Override
		public void close() {
			if (replica != null) {
				replica.close();
			}
			primary.close();
		}
	}

	/** Stops the embedded server once the pool is closed, so the application shuts down in order. */
	static final class ClosingDataSource extends HikariDataSource {

		private Runnable afterClose = () -> {
		};

		@Override
		public void close() {
			super.close();
			afterClose.run();
		}
	}

	/**
	 * One embedded server per JVM, however many application contexts (tests) ask for one. A context that serves HTTP
	 * has it started ahead ({@link EmbeddedDatabaseHeadStart}), on a thread of its own while the context reads its bean
	 * definitions; the data source then waits for that start to end, and fails as that start failed.
	 */
	static final class EmbeddedServers {

		record Location(Path directory, Path passwordFile, boolean ephemeral) {
		}

		/** The server and where it keeps its data. */
		record Started(EmbeddedPostgres server, Location location) {
		}

		private static Started server;

		private static Location aheadAt;

		private static StartedAhead<EmbeddedPostgres> ahead;

		private static final java.util.Set<ClosingDataSource> pools = java.util.concurrent.ConcurrentHashMap.newKeySet();

		static void using(ClosingDataSource pool) {
			pools.add(pool);
		}

		private static void awaitPoolsClosed() {
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
			while (pools.stream().anyMatch(pool -> !pool.isClosed()) && System.nanoTime() < deadline) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		/**
		 * Starts the server on a thread of its own, unless one is started or starting. A server started ahead that no
		 * data source takes (a context that failed before it asked) is stopped as the JVM exits.
		 */
		static synchronized void startAhead(java.util.function.Supplier<Location> where) {
			if (server != null || ahead != null) {
				return;
			}
			// asked only now: a throw-away server's location is a new temporary directory, made only for a server started
			Location location = where.get();
			var starting = StartedAhead.begin("embedded-postgres-start",
					() -> EmbeddedPostgres.start(location.directory(), location.passwordFile(), location.ephemeral()));
			aheadAt = location;
			ahead = starting;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> starting.closeIfUntaken(EmbeddedPostgres::close),
					"embedded-postgres-untaken"));
		}

		/**
		 * The server of this JVM: the one started ahead, once it has started, or else one started now where
		 * {@code location} says.
		 */
		static synchronized Started forDirectory(java.util.function.Supplier<Location> location) {
			if (server == null) {
				Started started;
				if (ahead != null) {
					StartedAhead<EmbeddedPostgres> starting = ahead;
					ahead = null;
					started = new Started(starting.take(), aheadAt);
				}
				else {
					Location at = location.get();
					started = new Started(EmbeddedPostgres.start(at.directory(), at.passwordFile(), at.ephemeral()), at);
				}
				server = started;
				if (started.location().ephemeral()) {
					// Shared by every test context of the JVM; the application's own server stops with its pool. At the
					// JVM's exit the contexts close on Spring's own shutdown hook: let their pools close first.
					EmbeddedPostgres running = started.server();
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						awaitPoolsClosed();
						running.close();
					}, "embedded-postgres-stop"));
				}
			}
			return server;
		}

		private EmbeddedServers() {
		}
	}
}
