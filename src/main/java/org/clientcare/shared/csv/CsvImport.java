package org.clientcare.shared.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;

import org.clientcare.shared.problem.FieldProblem;

/**
 * The skeleton every CSV import (批量导入) of the house follows: the records of a {@link CsvFile} in batches; each
 * record checked on its own — in parallel, so a check must not depend on another record or on the acting user — into
 * a value or the problems naming its fields; each batch handed to the importer, which stores it (one transaction per
 * batch: a crash loses at most the batch in flight, and the importer keeps its position to resume at the next line)
 * while the next batch is read and checked. The importer may stop after any batch.
 */
public final class CsvImport {

	/**
	 * The threads that check records, one per core. Not the common pool: on two cores that has a single worker, so the
	 * records of a batch were checked one after the other while the importing thread waited on the database.
	 */
	private static final java.util.concurrent.atomic.AtomicInteger CHECKERS = new java.util.concurrent.atomic.AtomicInteger();

	private static final ForkJoinPool CHECKING = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
			pool -> {
				ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
				thread.setName("csv-check-" + CHECKERS.incrementAndGet());
				return thread;
			}, null, false);

	private CsvImport() {
	}

	/** A record checked: its value, or the problems that keep it out. */
	public record Checked<T>(long line, T value, List<FieldProblem> problems) {

		public static <T> Checked<T> of(long line, T value) {
			return new Checked<>(line, value, List.of());
		}

		public static <T> Checked<T> rejected(long line, List<FieldProblem> problems) {
			return new Checked<>(line, null, List.copyOf(problems));
		}

		/** A record that cannot be read: one problem on the field {@code line}. */
		public static <T> Checked<T> unreadable(CsvRow row) {
			return rejected(row.line(), List.of(new FieldProblem("line", row.problem(), CsvRow.describe(row.problem()))));
		}

		public boolean valid() {
			return problems.isEmpty();
		}
	}

	/**
	 * A batch of checked records, and where the file continues after it: {@code nextLine} (resume there) and the bytes
	 * read so far (for progress).
	 */
	public record Batch<T>(List<Checked<T>> records, long nextLine, long bytesRead) {

		public List<T> values() {
			return records.stream().filter(Checked::valid).map(Checked::value).toList();
		}

		public List<Checked<T>> rejected() {
			return records.stream().filter(r -> !r.valid()).toList();
		}

		public long firstLine() {
			return records.get(0).line();
		}

		public long lastLine() {
			return records.get(records.size() - 1).line();
		}
	}

	/** Stores a batch; answers false to stop the import here. */
	public interface Store<T> {

		boolean store(Batch<T> batch);
	}

	/**
	 * Runs the import to the end of the file or until {@code store} stops it; answers whether the file was read to its
	 * end (every batch stored).
	 */
	public static <T> boolean run(CsvFile file, int batchSize, Function<CsvRow, Checked<T>> check, Store<T> store) {
		CompletableFuture<Batch<T>> next = read(file, batchSize, check);
		while (true) {
			Batch<T> batch = join(next);
			if (batch.records().isEmpty()) {
				return true;
			}
			next = read(file, batchSize, check);
			if (!store.store(batch)) {
				// The batch read ahead is dropped, whatever became of it, once it no longer uses the file.
				next.handle((unused, failure) -> null).join();
				return false;
			}
		}
	}

	/**
	 * Reads the next batch and checks its records, both on the checking threads, so that the importing thread spends
	 * its time between two batches' transactions on neither. The file is read by one batch at a time: the caller asks
	 * for the next only once it has the one before.
	 */
	private static <T> CompletableFuture<Batch<T>> read(CsvFile file, int batchSize, Function<CsvRow, Checked<T>> check) {
		// The parallel stream runs on the pool of the worker that starts it: all of CHECKING.
		return CompletableFuture.supplyAsync(() -> {
			List<CsvRow> rows = file.next(batchSize);
			long nextLine = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).line() + 1;
			long bytesRead = file.bytesRead();
			return new Batch<>(rows.parallelStream().map(check).toList(), nextLine, bytesRead);
		}, CHECKING);
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
		}
	}

	/** Rejected records for an answer: the first problem of each, by line, at most {@code max} of them. */
	public static final class Rejections<E> {

		private final int max;

		private final Function<Checked<?>, E> error;

		private final List<Checked<?>> kept = new ArrayList<>();

		private long count;

		public Rejections(int max, Function<Checked<?>, E> error) {
			this.max = max;
			this.error = error;
		}

		public void add(Checked<?> rejected) {
			count++;
			if (kept.size() < max) {
				kept.add(rejected);
			}
		}

		public long count() {
			return count;
		}

		public List<E> errors() {
			return kept.stream().sorted(Comparator.comparingLong(Checked::line)).map(error).toList();
		}
	}
}
