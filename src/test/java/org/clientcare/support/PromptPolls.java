package org.clientcare.support;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.pollinterval.IterativePollInterval;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Awaitility's defaults for the tests of a running application: the condition is checked at once, then after 5, 10,
 * 20, 40 and 80 ms and every 100 ms from there on. Awaitility's own defaults first wait 100 ms and then poll every
 * 100 ms, so that an effect already there, or there within a few milliseconds, cost every wait a tenth of a second.
 * An {@code await()} that names its own poll interval keeps it. A wait gives up after 30 s instead of Awaitility's
 * 10 s: an effect of an asynchronous listener took longer than 10 s once on a machine whose two cores other builds
 * took (a load of 14); a wait that holds ends when its condition does, so the longer limit costs only a failing
 * test. An {@code await()} that names its own limit keeps it.
 */
public final class PromptPolls implements BeforeAllCallback {

	static final Duration LONGEST = Duration.ofMillis(100);

	static final Duration LIMIT = Duration.ofSeconds(30);

	@Override
	public void beforeAll(ExtensionContext context) {
		Awaitility.setDefaultTimeout(LIMIT);
		Awaitility.setDefaultPollDelay(Duration.ZERO);
		Awaitility.setDefaultPollInterval(new IterativePollInterval(
				previous -> previous.multipliedBy(2).compareTo(LONGEST) < 0 ? previous.multipliedBy(2) : LONGEST,
				Duration.ofMillis(5)));
	}
}
