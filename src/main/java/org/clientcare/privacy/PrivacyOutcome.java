package org.clientcare.privacy;

/**
 * How a data-subject request was answered: done as asked, refused with reasons, or — a deletion the law does not
 * allow yet — the customer put into the restricted state.
 */
public enum PrivacyOutcome {
	FULFILLED, RESTRICTED, REFUSED
}
