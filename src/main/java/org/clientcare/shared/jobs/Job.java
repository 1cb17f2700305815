package org.clientcare.shared.jobs;

import java.util.Map;

/**
 * A job (批处理作业) that runs on a schedule and on demand ({@code POST /api/v1/jobs/{name}/run}). Jobs must be
 * idempotent and restartable: running one twice in a row changes nothing the second time.
 */
public interface Job {

	/** The name in the API, e.g. {@code sla-sweep}. */
	String name();

	/** Does the work as the system and answers what it did (counts). */
	Map<String, Object> run();
}
