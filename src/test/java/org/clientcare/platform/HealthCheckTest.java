package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The health check a load balancer probes: open to anyone, tells only up or down, and leaves no session behind. */
@IntegrationTest
class HealthCheckTest {

	@Autowired
	Api api;

	@Test
	void theHealthCheckAnswersUpWithoutSignInAndWithoutStartingASession() {
		var health = api.anonymous().get("/actuator/health");

		assertThat(health.status()).as(health.text()).isEqualTo(200);
		assertThat(health.body().get("status").asString()).isEqualTo("UP");
		assertThat(health.body().has("components")).isFalse();
		assertThat(health.header("Set-Cookie")).isNull();
	}

	@Test
	void theLivenessAndReadinessProbesAreOpenToo() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			var answer = api.anonymous().get(probe);

			assertThat(answer.status()).as(probe + " " + answer.text()).isEqualTo(200);
			assertThat(answer.body().get("status").asString()).isEqualTo("UP");
		}
	}
}
