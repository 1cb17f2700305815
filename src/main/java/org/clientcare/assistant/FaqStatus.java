package org.clientcare.assistant;

/**
 * Lifecycle of an FAQ entry's latest version: {@code DRAFT} → {@code SUBMITTED} (waiting for compliance) →
 * {@code PUBLISHED}; a rejection returns it to {@code DRAFT}; {@code RETIRED} takes it out of the assistant. Editing a
 * published or retired entry starts a new draft version while the published one keeps answering.
 */
public enum FaqStatus {
	DRAFT, SUBMITTED, PUBLISHED, RETIRED
}
