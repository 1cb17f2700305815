package org.clientcare.assistant;

/** What an FAQ entry is about. */
public enum FaqCategory {
	CARDS, ACCOUNTS, DEPOSITS, WEALTH, INSURANCE, LOANS, COMPLAINTS, PERSONAL_DATA, SERVICES, OTHER
}
