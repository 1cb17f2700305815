package org.clientcare.customer.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the bulk import ({@code clientcare.customer-import.*}).
 *
 * @param batchSize   rows per transaction: one statement inserts them, one audit entry and one event describe them
 * @param goLiveBatchSize rows per transaction of a go-live load: fewer commits, look-ups and audit entries per row
 * @param errorsShown rejected rows listed in the import's status; all of them are in {@code errors.csv}
 * @param goLiveMinRows rows a file must have (by its line breaks) for a go-live load to be considered
 * @param goLiveRatio   a go-live load is chosen when the customer table holds fewer customers than the file's rows
 *                      divided by this
 * @param indexBuildCores cores of the database server for a go-live load's index builds (by default those this
 *                      instance sees): half as many builds at once (two to four), each with the cores left over as
 *                      PostgreSQL's helpers ({@code max_parallel_maintenance_workers})
 * @param tableLockTimeout how long a go-live load's step that takes the customer table for itself (dropping the
 *                      indexes, adding the unique rule's constraint and lifting the guard, undoing the load) waits for
 *                      it in one attempt, holding up other readers of customers meanwhile; it then tries again after
 *                      a pause (a quarter of a second, doubled each time up to two seconds)
 * @param maxAttempts   runs of an import's task that may fail in a row (an error no line of the file explains, such as
 *                      the database refusing a write) before the import is failed with the last run's reason and its
 *                      task stops
 * @param retryAfter    how long the task waits after a failed run before it tries again
 */
@ConfigurationProperties("clientcare.customer-import")
public record CustomerImportSettings(Integer batchSize, Integer errorsShown, Long goLiveMinRows, Integer goLiveRatio,
		Integer goLiveBatchSize, Integer indexBuildCores, Duration tableLockTimeout, Integer maxAttempts,
		Duration retryAfter) {

	public CustomerImportSettings {
		batchSize = batchSize == null || batchSize < 1 ? 5000 : batchSize;
		errorsShown = errorsShown == null || errorsShown < 0 ? 100 : errorsShown;
		goLiveMinRows = goLiveMinRows == null || goLiveMinRows < 1 ? 10_000 : goLiveMinRows;
		goLiveRatio = goLiveRatio == null || goLiveRatio < 1 ? 10 : goLiveRatio;
		goLiveBatchSize = goLiveBatchSize == null || goLiveBatchSize < 1 ? 5000 : goLiveBatchSize;
		indexBuildCores = indexBuildCores == null || indexBuildCores < 1 ? Runtime.getRuntime().availableProcessors()
				: indexBuildCores;
		tableLockTimeout = tableLockTimeout == null || tableLockTimeout.toMillis() < 1 ? Duration.ofSeconds(1)
				: tableLockTimeout;
		maxAttempts = maxAttempts == null || maxAttempts < 1 ? 3 : maxAttempts;
		retryAfter = retryAfter == null || retryAfter.isNegative() ? Duration.ofMinutes(5) : retryAfter;
	}
}
