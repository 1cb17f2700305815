package org.clientcare.customer.imports;

import java.time.Instant;

/**
 * A bulk import (批量导入) of customers and its progress. {@code nextLine} is the line from which records are not yet
 * imported (0 before the first batch), {@code nextOffset} how many bytes of the file had been read by then (for the
 * progress shown); they move only in the transaction that writes a batch.
 * {@code instance} names the instance of the cluster that runs the import, or ran it last (after a crash, the one
 * that resumed it). {@code failedAttempts} counts the runs of its task that failed in a row before the task gave up and
 * failed the import with the last run's reason ({@code null} when it did not).
 */
public record CustomerImport(long id, String fileName, String storedPath, boolean ownedFile, String sha256, long bytes,
		long estimatedRows, Status status, long nextOffset, long nextLine, long processed, long imported, long unchanged,
		long rejected, String requestedBy, String requestedRole, String failure, Instant createdAt, Instant startedAt,
		Instant finishedAt, String instance, Integer failedAttempts) {

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED;

		public boolean finished() {
			return this == DONE || this == FAILED;
		}
	}

	/** Rows in the file: exact once done, else the count of line breaks (a good estimate). */
	public long total() {
		return status == Status.DONE ? processed : Math.max(estimatedRows, processed);
	}

	/** How far the import is, 0–100, by bytes read. */
	public int percent() {
		if (status == Status.DONE) {
			return 100;
		}
		return bytes == 0 ? 0 : (int) Math.min(99, nextOffset * 100 / bytes);
	}
}
