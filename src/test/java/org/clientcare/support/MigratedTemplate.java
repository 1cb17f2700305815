package org.clientcare.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Migrates once per embedded test server: the first test context of a JVM that needs a new database has Flyway migrate
 * a template database, {@value #TEMPLATE}, with the context's own Flyway configuration; that context's database and
 * every later one on the server (the demo's, one per day it is loaded on) is then a copy of the template
 * ({@code create database … template …}), which the context's Flyway finds current: it validates the applied
 * migrations against the application's and applies none. A context whose database Flyway has already seen (the shared
 * one, after a module test in the same JVM), or that someone else is connected to, is migrated where it is, as before;
 * so is every database of a server named by CLIENTCARE_DB_URL, and of any server that is not the throw-away one
 * ({@code clientcare.embedded.ephemeral}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class MigratedTemplate {

	static final String TEMPLATE = "clientcare_template";

	private static final Logger log = LoggerFactory.getLogger(MigratedTemplate.class);

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([a-z_][a-z0-9_]*)(\\?.*)?");

	/** The servers (host and port) whose template is migrated. */
	private static final Set<String> migrated = new HashSet<>();

	@Bean
	FlywayMigrationStrategy migrationFromTemplate(Environment environment) {
		return flyway -> {
			Database database = embeddedTestDatabase(flyway, environment);
			if (database != null) {
				copyTemplate(flyway, database);
			}
			flyway.migrate();
		};
	}

	/** The database of the context's pool, when it is on the throw-away embedded server; else null. */
	private static Database embeddedTestDatabase(Flyway flyway, Environment environment) {
		boolean named = !environment.getProperty("clientcare.db.url", "").isBlank()
				|| !environment.getProperty("spring.datasource.url", "").isBlank();
		if (named || !environment.getProperty("clientcare.embedded.ephemeral", Boolean.class, false)) {
			return null;
		}
		HikariDataSource pool = pool(flyway.getConfiguration().getDataSource());
		Matcher url = pool == null ? null : URL.matcher(pool.getJdbcUrl());
		if (url == null || !url.matches() || url.group(2).equals("postgres") || url.group(2).equals(TEMPLATE)) {
			return null;
		}
		String query = url.group(3) == null ? "" : url.group(3);
		return new Database(url.group(1), url.group(2), query, pool.getUsername(), pool.getPassword());
	}

	private static HikariDataSource pool(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException e) {
			return null;
		}
	}

	private static void copyTemplate(Flyway flyway, Database database) {
		synchronized (migrated) {
			if (!migrated.contains(database.server())) {
				try (Connection admin = database.connect("postgres")) {
					admin.createStatement().execute("drop database if exists " + TEMPLATE);
					admin.createStatement().execute("create database " + TEMPLATE);
				}
				catch (SQLException e) {
					throw new IllegalStateException("Could not create " + TEMPLATE, e);
				}
				// the context's own configuration (locations, order, callbacks), on a connection of its own that closes
				Flyway.configure(flyway.getConfiguration().getClassLoader())
					.configuration(flyway.getConfiguration())
					.dataSource(database.url(TEMPLATE), database.user(), database.password())
					.load()
					.migrate();
				migrated.add(database.server());
			}
		}
		try (Connection fresh = database.connect(database.name());
				var history = fresh.createStatement().executeQuery("select to_regclass('"
						+ flyway.getConfiguration().getTable() + "') is null")) {
			history.next();
			if (!history.getBoolean(1)) {
				return;   // Flyway has been here: migrated where it is
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not look into " + database.name(), e);
		}
		try (Connection admin = database.connect("postgres")) {
			try {
				// refused while anyone is connected to it: then Flyway migrates it where it is
				admin.createStatement().execute("drop database " + database.name());
			}
			catch (SQLException e) {
				log.info("{} not copied from {}, migrated where it is: {}", database.name(), TEMPLATE, e.getMessage());
				return;
			}
			try {
				// a copy of the files: written block by block through the log instead (PostgreSQL's default), the first
				// copy cost the server more CPU than migrating the database where it is
				admin.createStatement()
					.execute("create database " + database.name() + " template " + TEMPLATE + " strategy file_copy");
			}
			catch (SQLException e) {
				log.info("{} not copied from {}, migrated afresh: {}", database.name(), TEMPLATE, e.getMessage());
				admin.createStatement().execute("create database " + database.name());
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not make " + database.name() + " again", e);
		}
	}

	private record Database(String prefix, String name, String query, String user, String password) {

		String server() {
			return prefix;
		}

		String url(String database) {
			return prefix + database + query;
		}

		Connection connect(String database) throws SQLException {
			return DriverManager.getConnection(url(database), user, password);
		}
	}
}
