package org.clientcare.customer.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the bulk import ({@code clientcare.customer-import.*}).
 *
 * @param batchSize   rows per transaction: one statement inserts them, one audit entry and one event describe them
 * @param errorsShown rejected rows listed in the import's status; all of them are in {@code errors.csv}
 */
@ConfigurationProperties("clientcare.customer-import")
public record CustomerImportSettings(Integer batchSize, Integer errorsShown) {

	public CustomerImportSettings {
		batchSize = batchSize == null || batchSize < 1 ? 1000 : batchSize;
		errorsShown = errorsShown == null || errorsShown < 0 ? 100 : errorsShown;
	}
}
