package org.clientcare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientCareApplicationTest {

	@Test
	void anImportFromTheCommandLineServesOnAFreePortAndReadiesNoAssistantAndNoApiDescription() {
		assertThat(ClientCareApplication.arguments(new String[] { "--import-customers=/data/customers.csv" }))
			.containsExactly("--import-customers=/data/customers.csv", "--server.port=0",
					"--clientcare.assistant.warm-up=false", "--springdoc.pre-loading-enabled=false");
	}

	@Test
	void anImportKeepsThePortAndTheWarmUpItIsGiven() {
		String[] given = { "--import-customers=/data/customers.csv", "--server.port=8081",
				"--clientcare.assistant.warm-up=true", "--springdoc.pre-loading-enabled=true" };

		assertThat(ClientCareApplication.arguments(given)).containsExactly(given);
	}

	@Test
	void aStartThatImportsNothingRunsWithItsOwnArguments() {
		String[] given = { "--demo" };

		assertThat(ClientCareApplication.arguments(given)).containsExactly("--demo");
	}
}
