package org.clientcare.support;

import static org.awaitility.Awaitility.await;

import org.springframework.jdbc.core.JdbcTemplate;

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
		await(type.getSimpleName() + " with " + field + " " + value + " handled").atMost(java.time.Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("""
					select count(*) from event_publication
					where event_type = ? and completion_date is null and cast(serialized_event as jsonb) ->> ? = ?""",
					Long.class, type.getName(), field, String.valueOf(value)), open -> open == 0);
	}
}
