package org.clientcare.privacy;

/** A data-subject request is open until it is answered. */
public enum PrivacyRequestStatus {
	OPEN, ANSWERED
}
