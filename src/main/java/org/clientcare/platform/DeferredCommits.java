package org.clientcare.platform;

import java.util.function.Supplier;

/**
 * Work whose transactions need not wait for the disk at their commits: the demo's loading, which writes thousands of
 * small transactions into a database it has just created. Inside {@link #run(Runnable)}, each transaction begun on the
 * calling thread, and each asynchronous listener that an event published there starts, commits with
 * {@code synchronous_commit} off for that transaction only ({@code SET LOCAL}): PostgreSQL writes its commit to disk
 * within a fraction of a second instead of before the commit returns. A crash can then lose the last of these commits,
 * never corrupt anything nor lose a commit made before them, and a later commit that waits for the disk (every one
 * of the daily work's) makes these durable with it. Every other transaction, on other threads and after the work,
 * commits as the server is configured.
 */
public final class DeferredCommits {

	private static final ThreadLocal<Boolean> DEFERRED = new ThreadLocal<>();

	private DeferredCommits() {
	}

	/** Does the work on this thread with its transactions' commits not waiting for the disk. */
	public static void run(Runnable work) {
		get(() -> {
			work.run();
			return null;
		});
	}

	/** Does the work as {@link #run(Runnable)} and answers what it gives. */
	public static <T> T get(Supplier<T> work) {
		Boolean before = DEFERRED.get();
		DEFERRED.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				DEFERRED.remove();
			}
		}
	}

	/** Whether transactions begun on this thread now commit without waiting for the disk. */
	public static boolean active() {
		return DEFERRED.get() != null;
	}
}
