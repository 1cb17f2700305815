package org.clientcare.assistant;

/** What the knowledge base publishes. */
public final class FaqEvents {

	private FaqEvents() {
	}

	/** Compliance approved a version of an entry: the assistant answers with it from now on. */
	public record FaqPublished(long entryId, int version, String approvedBy) {
	}

	/** An entry was taken out of the assistant. */
	public record FaqRetired(long entryId) {
	}
}
