package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.clientcare.shared.jdbc.ReportReads;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** When the replica cannot be reached, reports are read from the primary and the log says so. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReportReadsFallbackTest {

	private static final String NOBODY_LISTENS = "jdbc:postgresql://127.0.0.1:1/clientcare";

	@Autowired
	DataSource dataSource;

	@Test
	void aReportReadWhileTheReplicaIsDownRunsOnThePrimaryWithAWarning(CapturedOutput output) throws Exception {
		HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
		try (var primary = new HikariDataSource(); var replica = new HikariDataSource()) {
			primary.setJdbcUrl(application.getJdbcUrl());
			primary.setUsername(application.getUsername());
			primary.setPassword(application.getPassword());
			primary.setMaximumPoolSize(2);
			replica.setJdbcUrl(NOBODY_LISTENS);
			replica.setConnectionTimeout(500);
			replica.setInitializationFailTimeout(-1);
			var routed = new DatabaseConfiguration.ReplicatedDataSource(primary, replica);
			var jdbc = JdbcClient.create(routed);
			var reads = new ReportReads(NOBODY_LISTENS, new JdbcTransactionManager(routed), jdbc, Clock.systemUTC());

			boolean onReplica = reads.read(() -> jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single());

			assertThat(onReplica).isFalse();
			assertThat(output).contains("The read replica cannot be reached");
			assertThat(reads.source().replicaConfigured()).isTrue();
			assertThat(reads.source().onReplica()).isFalse();
		}
	}

	@Test
	void withoutAReplicaTheReportPagesSayNothingAboutOne(CapturedOutput output) {
		var reads = new ReportReads("", new JdbcTransactionManager(dataSource), JdbcClient.create(dataSource),
				Clock.systemUTC());

		assertThat(reads.read(() -> JdbcClient.create(dataSource).sql("select 1").query(Integer.class).single()))
			.isEqualTo(1);
		assertThat(reads.source().replicaConfigured()).isFalse();
		assertThat(output).doesNotContain("The read replica cannot be reached");
	}
}
