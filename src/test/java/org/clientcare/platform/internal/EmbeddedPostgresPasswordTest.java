package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL lets in only who knows its generated password, over TCP as over its socket. */
class EmbeddedPostgresPasswordTest {

	@TempDir
	Path dataDir;

	@Test
	void aNewServerRefusesAConnectionWithoutItsPasswordAndKeepsThePasswordAcrossRestarts() throws Exception {
		Path passwordFile = dataDir.resolve("postgres-password");
		int port;
		try (var server = EmbeddedPostgres.start(dataDir.resolve("postgres"), passwordFile, false)) {
			port = port(server);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
			assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(Files.readString(passwordFile).strip());
			assertRefusedWithoutPassword(port);
			assertRefusedWith(port, "postgres");
			assertThat(selectOne(port, server.password())).isEqualTo(1);
		}
		try (var again = EmbeddedPostgres.start(dataDir.resolve("postgres"), passwordFile, false)) {
			assertRefusedWithoutPassword(port(again));
			assertThat(selectOne(port(again), Files.readString(passwordFile).strip())).isEqualTo(1);
		}
	}

	@Test
	void aDataDirectoryMadeBeforeThePasswordExistedGetsOneOnItsNextStart() throws Exception {
		Path directory = dataDir.resolve("postgres");
		try (var legacy = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.start()) {
			assertThat(selectOne(legacy.getPort(), null)).as("the old directory trusted every local connection").isEqualTo(1);
		}
		Path passwordFile = dataDir.resolve("postgres-password");
		try (var server = EmbeddedPostgres.start(directory, passwordFile, false)) {
			assertThat(passwordFile).exists();
			assertRefusedWithoutPassword(port(server));
			assertThat(selectOne(port(server), server.password())).isEqualTo(1);
		}
	}

	private static int port(EmbeddedPostgres server) {
		String url = server.jdbcUrl("postgres");
		return Integer.parseInt(url.replaceAll("^jdbc:postgresql://[^:]+:(\\d+)/.*$", "$1"));
	}

	private static void assertRefusedWithoutPassword(int port) {
		assertThatThrownBy(() -> selectOne(port, null)).isInstanceOf(SQLException.class);
	}

	private static void assertRefusedWith(int port, String password) {
		assertThatThrownBy(() -> selectOne(port, password)).isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");
	}

	private static int selectOne(int port, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", password); var result = connection.createStatement().executeQuery("select 1")) {
			result.next();
			return result.getInt(1);
		}
	}
}
