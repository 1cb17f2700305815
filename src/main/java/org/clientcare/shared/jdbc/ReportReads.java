package org.clientcare.shared.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only work that may run on a streaming replica: KPI dashboards and exports, complaint analysis, aging reports,
 * data exports and list totals. When {@code CLIENTCARE_DB_REPLICA_URL} is set, {@link #read} runs its work in a
 * read-only transaction of its own whose connection comes from the replica's pool (the application's one
 * {@code DataSource} hands out a replica connection to the first connection asked for after {@link #read} asked for
 * one, see {@link #takeReplicaRequest}); everything else stays on the primary. Without a replica, or while the replica
 * cannot be reached (then logged as a warning, and the replica is not tried again for {@link #RETRY_AFTER}), the work
 * runs on the primary (in a read-only transaction, or the caller's). The work must only read: a write fails on the
 * replica.
 */
@Component
public class ReportReads {

	/** How long the primary serves reports after the replica could not be reached. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(ReportReads.class);

	private static final ThreadLocal<Boolean> REPLICA_REQUESTED = new ThreadLocal<>();

	private final boolean configured;

	private final TransactionTemplate onReplica;

	private final TransactionTemplate onPrimary;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Instant primaryUntil = Instant.MIN;

	public ReportReads(@Value("${clientcare.db.replica-url:}") String replicaUrl, PlatformTransactionManager transactions,
			JdbcClient jdbc, Clock clock) {
		this.configured = replicaUrl != null && !replicaUrl.isBlank();
		this.onReplica = new TransactionTemplate(transactions);
		this.onReplica.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.onReplica.setReadOnly(true);
		this.onPrimary = new TransactionTemplate(transactions);
		this.onPrimary.setReadOnly(true);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * True once, for the connection {@link #read} is about to open on this thread: the application's
	 * {@code DataSource} asks, and takes that connection from the replica.
	 */
	public static boolean takeReplicaRequest() {
		if (REPLICA_REQUESTED.get() == null) {
			return false;
		}
		REPLICA_REQUESTED.remove();
		return true;
	}

	/** Runs read-only work on the replica if there is one and it answers, else on the primary. */
	public <T> T read(Supplier<T> work) {
		if (!configured || clock.instant().isBefore(primaryUntil)) {
			return onPrimary.execute(status -> work.get());
		}
		REPLICA_REQUESTED.set(Boolean.TRUE);
		try {
			return onReplica.execute(status -> work.get());
		}
		catch (CannotCreateTransactionException e) {
			primaryUntil = clock.instant().plus(RETRY_AFTER);
			log.warn("The read replica cannot be reached ({}); reports read from the primary for the next {} s",
					rootMessage(e), RETRY_AFTER.toSeconds());
			return onPrimary.execute(status -> work.get());
		}
		finally {
			REPLICA_REQUESTED.remove();
		}
	}

	/** Where reports are read now and how far behind the replica is, for the report pages. */
	public Source source() {
		if (!configured) {
			return new Source(false, false, null);
		}
		if (clock.instant().isBefore(primaryUntil)) {
			return new Source(true, false, null);
		}
		Double lag = read(() -> jdbc.sql("""
				select case when not pg_is_in_recovery() then null
				            when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
				            else extract(epoch from now() - pg_last_xact_replay_timestamp()) end""")
			.query(Double.class).optional().orElse(null));
		boolean onReplica = clock.instant().isAfter(primaryUntil);
		return new Source(true, onReplica && lag != null,
				lag == null ? null : Duration.ofMillis(Math.max(0, Math.round(lag * 1000))));
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	/**
	 * @param replicaConfigured whether a replica is configured at all
	 * @param onReplica         whether reports are read there now (false: the primary serves them)
	 * @param lag               how far the replica's data is behind the primary's, when on the replica
	 */
	public record Source(boolean replicaConfigured, boolean onReplica, Duration lag) {

		public long lagSeconds() {
			return lag == null ? 0 : lag.toSeconds();
		}
	}
}
