package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The throw-away embedded PostgreSQL of the tests ({@code clientcare.embedded.ephemeral}) leaves nothing in the
 * temporary directory once it stops: neither its data nor its password file nor the directory that held them. An
 * installation's server keeps both ({@link EmbeddedPostgresPasswordTest}).
 */
class ThrowAwayEmbeddedPostgresTest {

	@TempDir
	Path temp;

	@Test
	void aThrowAwayServerLeavesNeitherItsDataNorItsPasswordNorTheirDirectoryBehindOnceStopped() {
		Path holder = temp.resolve("clientcare-pg-1");
		try (var server = EmbeddedPostgres.start(holder.resolve("data"), holder.resolve("password"), true)) {
			assertThat(holder.resolve("password")).isRegularFile();
			assertThat(holder.resolve("data").resolve("PG_VERSION")).isRegularFile();
		}

		assertThat(holder).doesNotExist();
		assertThat(temp).isEmptyDirectory();
	}
}
