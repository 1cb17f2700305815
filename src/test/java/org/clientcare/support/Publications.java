package org.clientcare.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spring Modulith's event publication registry, read by tests that must know the asynchronous listeners
 * ({@code @ApplicationModuleListener}) are done with an event — also to show that a listener did nothing. A publication
 * is registered in the publishing transaction, so once the call that published the event has returned, waiting for
 * its completion is exact: no sleeping and hoping.
 */
public final class Publications {

	private Publications() {
	}

	/**
	 * Waits (at most 20 seconds) until every listener of every event of {@code type} whose JSON form has {@code field}
	 * equal to {@code value} has completed.
	 */
	public static void awaitCompleted(JdbcTemplate jdbc, Class<?> type, String field, Object value) {
		awaitCompleted(JdbcClient.create(jdbc), type, field, value);
	}

	/** The same, for a test that holds a {@link JdbcClient}. */
	public static void awaitCompleted(JdbcClient jdbc, Class<?> type, String field, Object value) {
		await(type.getSimpleName() + " with " + field + " " + value + " handled").atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("""
					select count(*) from event_publication
					where event_type = ? and completion_date is null and cast(serialized_event as jsonb) ->> ? = ?""")
				.params(type.getName(), field, String.valueOf(value)).query(Long.class).single(), open -> open == 0);
	}
}
