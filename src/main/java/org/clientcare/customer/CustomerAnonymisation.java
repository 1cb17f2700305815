package org.clientcare.customer;

/**
 * A module's part of anonymising customers whose retention period has ended (SPEC §11), implemented beside the
 * tables it owns: set-based over all the given customers at once, irreversible — PII columns and their search hashes
 * emptied, names replaced, free text the staff or the customer wrote scrubbed — keeping what statistics need (dates,
 * kinds, statuses, amounts). Idempotent: anonymising an anonymised customer changes nothing that matters.
 * {@link CustomerAnonymiser} calls every part in one transaction; it decides who, the module only how.
 */
public interface CustomerAnonymisation {

	/** The key of this part's count in the job's result, e.g. {@code complaints}. */
	String name();

	/**
	 * The category of what this part holds (SPEC §11): the {@code retention} job runs the part once that category's own
	 * retention period has passed, before the customer record itself goes. Service records unless said otherwise.
	 */
	default DataCategory category() {
		return DataCategory.SERVICE_RECORDS;
	}

	/** Anonymises what the module holds about these customers; answers the rows it changed. */
	int anonymise(Long[] customerIds);

	/** The text that replaces a name or a piece of free text. */
	String REPLACED = "（已匿名）";
}
