package org.clientcare.casework;

/** The types of business a case follows (§8); each has its versioned stage template. */
public enum CaseType {
	LOAN_APPLICATION, ACCOUNT_OPENING, PURCHASE, INSURANCE_CLAIM, OTHER
}
