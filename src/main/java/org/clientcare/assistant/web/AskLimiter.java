package org.clientcare.assistant.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.clientcare.assistant.AssistantSettings;

import org.springframework.stereotype.Component;

/**
 * How many questions one client address may ask: {@link AssistantSettings#asksPerMinute()} per minute (a fixed
 * window per address, kept in memory for a minute). To be replaced by the shared rate-limit facility once it exists.
 */
@Component
class AskLimiter {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder().expireAfterWrite(WINDOW)
		.maximumSize(100_000).build();

	private final AssistantSettings settings;

	AskLimiter(AssistantSettings settings) {
		this.settings = settings;
	}

	/** Counts a question from the address; false when it asked too many in this minute. */
	boolean tryAsk(String address) {
		return windows.get(address, a -> new AtomicInteger()).incrementAndGet() <= settings.asksPerMinute();
	}
}
