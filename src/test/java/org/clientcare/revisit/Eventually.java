package org.clientcare.revisit;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls briefly for what an asynchronous listener does, instead of sleeping long. */
final class Eventually {

	private Eventually() {
	}

	static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		T current = value.get();
		while (!done.test(current) && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			current = value.get();
		}
		return current;
	}
}
