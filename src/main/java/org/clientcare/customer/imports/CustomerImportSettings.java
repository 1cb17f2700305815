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
 */
@ConfigurationProperties("clientcare.customer-import")
public record CustomerImportSettings(Integer batchSize, Integer errorsShown, Long goLiveMinRows, Integer goLiveRatio,
		Integer goLiveBatchSize, Integer indexBuildCores, Duration tableLockTimeout) {

	public CustomerImportSettings {
		batchSize = batchSize == null || batchSize < 1 ? 1000 : batchSize;
		errorsShown = errorsShown == null || errorsShown < 0 ? 100 : errorsShown;
		goLiveMinRows = goLiveMinRows == null || goLiveMinRows < 1 ? 10_000 : goLiveMinRows;
		goLiveRatio = goLiveRatio == null || goLiveRatio < 1 ? 10 : goLiveRatio;
		goLiveBatchSize = goLiveBatchSize == null || goLiveBatchSize < 1 ? 5000 : goLiveBatchSize;
		indexBuildCores = indexBuildCores == null || indexBuildCores < 1 ? Runtime.getRuntime().availableProcessors()
				: indexBuildCores;
		tableLockTimeout = tableLockTimeout == null || tableLockTimeout.toMillis() < 1 ? Duration.ofSeconds(1)
				: tableLockTimeout;
	}
}
