package org.clientcare.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The start-up head start of the assistant's text analysis, which the test contexts switch off: it needs nothing but
 * the files bundled with the application (no database, no knowledge base of the installation).
 */
class AssistantWarmUpTest {

	@Test
	void theWarmUpReadiesTheTextAnalysisFromTheBundledFilesAlone() {
		assertThat(AssistantWarmUp.warmUp()).isTrue();
	}
}
