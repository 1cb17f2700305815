package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's loading commits without waiting for the disk, and nothing else does: its transactions and the listeners
 * of its events set {@code synchronous_commit} off for themselves, and the connection goes back to the pool as it came.
 */
@IntegrationTest
class DeferredCommitsTest {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	AsyncTaskExecutor listeners;

	@Test
	void aTransactionBegunInsideDeferredCommitsDoesNotWaitForTheDiskAndOneAfterItDoesAsTheServerSays() {
		String inside = DeferredCommits.get(() -> transactions.execute(status -> synchronousCommit()));
		String after = transactions.execute(status -> synchronousCommit());

		assertThat(inside).isEqualTo("off set for this transaction");
		assertThat(after).doesNotContain("set for this transaction");
	}

	@Test
	void aListenerStartedInsideDeferredCommitsRunsInsideItAndOneStartedOutsideDoesNot() throws Exception {
		Future<String> inside = DeferredCommits.get(() -> listeners.submit(() -> DeferredCommits.active()
				+ " " + transactions.execute(status -> synchronousCommit())));
		Future<String> outside = listeners.submit(() -> DeferredCommits.active()
				+ " " + transactions.execute(status -> synchronousCommit()));

		assertThat(inside.get(30, TimeUnit.SECONDS)).isEqualTo("true off set for this transaction");
		assertThat(outside.get(30, TimeUnit.SECONDS)).startsWith("false").doesNotContain("set for this transaction");
	}

	@Test
	void aReadOnlyTransactionHasNothingToCommitAndIsLeftAsItIs() {
		var reading = new TransactionTemplate(transactions.getTransactionManager());
		reading.setReadOnly(true);

		String inside = DeferredCommits.get(() -> reading.execute(status -> synchronousCommit()));

		assertThat(inside).doesNotContain("set for this transaction");
	}

	/** The setting as this transaction sees it, and whether it was set here rather than by the server's configuration. */
	private String synchronousCommit() {
		return jdbc.sql("select setting || case when source = 'session' then ' set for this transaction' else '' end"
				+ " from pg_settings where name = 'synchronous_commit'").query(String.class).single();
	}
}
