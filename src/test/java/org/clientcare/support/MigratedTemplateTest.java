package org.clientcare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The shared test database on the embedded server is a copy of the template that Flyway migrated once in this JVM, and
 * Flyway, validating it at the context's start, found it current.
 */
@IntegrationTest
class MigratedTemplateTest {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Value("${clientcare.db.url:}")
	String namedServer;

	@Test
	void theTestDatabaseHoldsTheTemplatesMigrationsAsInstalledThereAndNonePending() throws SQLException {
		assumeTrue(namedServer.isBlank(), "a server named by CLIENTCARE_DB_URL has no template");
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		String templateUrl = pool.getJdbcUrl().replaceFirst("/[a-z_0-9]+(\\?|$)", "/" + MigratedTemplate.TEMPLATE + "$1");

		List<String> ours;
		try (Connection connection = dataSource.getConnection()) {
			ours = history(connection);
		}
		List<String> template;
		try (Connection connection = DriverManager.getConnection(templateUrl, pool.getUsername(), pool.getPassword())) {
			template = history(connection);
		}

		assertThat(ours).hasSize(flyway.info().applied().length).isNotEmpty().isEqualTo(template);
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
	}

	/** Each applied migration with the moment it was installed at, which a second migration would not repeat. */
	private List<String> history(Connection connection) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (var result = connection.createStatement()
			.executeQuery("select installed_rank, version, checksum, installed_on from " + flyway.getConfiguration().getTable()
					+ " order by installed_rank")) {
			while (result.next()) {
				rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getInt(3) + " " + result.getTimestamp(4));
			}
		}
		return rows;
	}
}
