package org.clientcare.shared.jobs;

import java.util.Map;

/**
 * A module's share of another module's {@link Job}: it runs right after that job, in the same run, on the same
 * instance and under the same lock, so it is as cluster-safe as the job itself; its counts appear in the run's result
 * under {@link #name()}. Lets a module take part in, say, the SLA sweep without naming the owning module's tables.
 * Steps must be idempotent like jobs.
 */
public interface JobStep {

	/** The name of the job this step joins, e.g. {@code sla-sweep}. */
	String job();

	/** The key of this step's counts in the run's result, e.g. {@code inquiries}. */
	String name();

	/** Does the work as the system and answers what it did (counts). */
	Map<String, Object> run();
}
