package org.clientcare.assistant.web;

import java.time.Duration;
import java.util.Optional;

import org.clientcare.assistant.AssistantSettings;
import org.clientcare.platform.RateLimits;

import org.springframework.stereotype.Component;

/**
 * How many questions one client address may ask: {@link AssistantSettings#asksPerMinute()} per minute, counted in
 * platform's shared rate limits (so every instance counts together), for the API and the public page alike.
 */
@Component
class AskLimiter {

	private final RateLimits limits;

	private final RateLimits.Limit asks;

	AskLimiter(RateLimits limits, AssistantSettings settings) {
		this.limits = limits;
		this.asks = new RateLimits.Limit("asks", settings.asksPerMinute(), Duration.ofMinutes(1));
	}

	/** Counts a question from the address; answers how long to wait when it asked too many in its minute. */
	Optional<Duration> tryAsk(String address) {
		return limits.byAddress(asks, address);
	}

	static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}
}
