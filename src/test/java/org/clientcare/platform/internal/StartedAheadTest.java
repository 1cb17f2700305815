package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

/** The embedded database's start ahead: whoever needs the server waits for its start, as it waited before. */
class StartedAheadTest {

	@Test
	void whoeverTakesWhatIsStartedAheadGetsItOnlyOnceItsStartHasEnded() throws Exception {
		var release = new CountDownLatch(1);
		var ahead = StartedAhead.begin("test-start", () -> {
			await(release);
			return "server";
		});

		CompletableFuture<String> taker = CompletableFuture.supplyAsync(ahead::take);
		assertThat(taker).isNotDone();

		release.countDown();
		assertThat(taker.get()).isEqualTo("server");
	}

	@Test
	void aStartThatFailedFailsWhoeverTakesItWithItsOwnException() {
		var failure = new IllegalStateException("initdb failed");
		var ahead = StartedAhead.<String>begin("test-start", () -> {
			throw failure;
		});

		assertThatThrownBy(ahead::take).isSameAs(failure);
	}

	@Test
	void whatNoOneTookIsClosedAndWhatWasTakenIsLeftToItsTaker() {
		List<String> closed = new ArrayList<>();
		var untaken = StartedAhead.begin("test-start", () -> "untaken");
		var taken = StartedAhead.begin("test-start", () -> "taken");
		taken.take();

		untaken.closeIfUntaken(closed::add);
		taken.closeIfUntaken(closed::add);

		assertThat(closed).containsExactly("untaken");
	}

	@Test
	void aStartThatFailedLeavesNothingToClose() {
		List<String> closed = new ArrayList<>();
		var failed = StartedAhead.<String>begin("test-start", () -> {
			throw new IllegalStateException("initdb failed");
		});

		failed.closeIfUntaken(closed::add);

		assertThat(closed).isEmpty();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
