package org.clientcare.customer;

import org.clientcare.shared.CustomerId;

/**
 * A module's part of a customer's data export (PIPL access request, SPEC §11): everything the module holds about the
 * customer, implemented in the module that owns the data. {@link CustomerDataExport} asks every section only after it
 * has checked the caller's scope, permission and reason, so a section reads without a scope of its own. PII is shown
 * unmasked; keyed hashes, tokens and single-use links never (see {@code shared.pii.ExportRows}).
 */
public interface CustomerDataSection {

	/** The section's key in the export, e.g. {@code complaints}. */
	String name();

	/** What the module holds about the customer, as JSON-ready values (maps, lists, records). */
	Object export(CustomerId customer);
}
