package org.clientcare.shared.pii;

/**
 * One table of a module whose personal information the {@code key-rotation} job brings under the newest keys, batch
 * by batch, in the module's own SQL: every encrypted value under the primary key, every search hash under the current
 * index key. Each module declares one bean per such table beside the table (usually a {@link PiiTable}); the job walks
 * them in the order of their keys and keeps its place, so a run cut short resumes where it stopped.
 */
public interface PiiRewrite {

	/** The table's name as progress shows it, unique among all rewrites. */
	String name();

	/** How many rows the table has now (for progress). */
	long rows();

	/**
	 * Rewrites up to {@code size} rows whose key follows {@code after} (from the first row when null), in the order of
	 * the key, under row locks, in the caller's transaction.
	 */
	Batch rewrite(String after, int size);

	/**
	 * @param last    the key of the last row looked at, where the next batch starts (null when none was)
	 * @param seen    rows looked at
	 * @param changed rows written again
	 */
	record Batch(String last, int seen, int changed) {

		/** No row followed: the table is done. */
		public boolean done() {
			return seen == 0;
		}
	}
}
