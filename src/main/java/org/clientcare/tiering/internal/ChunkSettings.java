package org.clientcare.tiering.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL settings for the nightly run's chunk statements, for the rest of the chunk's transaction. The same
 * statement runs once per chunk with other ids: after five runs the driver prepares it on the server, and PostgreSQL
 * may then plan it once for any ids (a generic plan), not knowing that the range is a small part of the table; with
 * 100,000 customers such a plan joined whole tables per chunk, and a run that changed nothing took 90 s instead of
 * 3 s. And PostgreSQL would compile the statement's expressions to machine code (JIT) for every chunk, which took
 * longer (about 2.5 s) than running it for 10,000 customers.
 */
final class ChunkSettings {

	private ChunkSettings() {
	}

	static void apply(JdbcClient jdbc) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		jdbc.sql("set local jit = off").update();
	}
}
