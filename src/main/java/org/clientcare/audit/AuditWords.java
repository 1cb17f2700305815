package org.clientcare.audit;

import java.util.Locale;

/**
 * Words a module gives the audit page for a field whose recorded value is a text of that module's own making, so that
 * the reader sees it in the page's language (an approval request's summary, recorded as the maker's sentence, reads
 * as the approvals page words it). The recorded entry itself never changes.
 */
public interface AuditWords {

	/** The field's value in the reader's language, or {@code null} when this module does not word it. */
	String describe(AuditEntry entry, String field, Locale locale);
}
