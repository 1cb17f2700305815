package org.clientcare.platform.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Something started on a thread of its own before it is needed, and taken by whoever needs it: {@link #take()} waits
 * for the start to end and answers what it started, or throws the start's own exception. What no one took is left to
 * {@link #closeIfUntaken}.
 */
final class StartedAhead<T> {

	private final CompletableFuture<T> started = new CompletableFuture<>();

	private volatile boolean taken;

	private StartedAhead() {
	}

	/** Begins {@code start} on a new daemon thread named {@code name}. */
	static <T> StartedAhead<T> begin(String name, Supplier<T> start) {
		StartedAhead<T> ahead = new StartedAhead<>();
		Thread thread = new Thread(() -> {
			try {
				ahead.started.complete(start.get());
			}
			catch (Throwable e) {
				ahead.started.completeExceptionally(e);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return ahead;
	}

	/** What the start started, once it has ended; the start's own exception when it failed. */
	T take() {
		try {
			T value = started.join();
			taken = true;
			return value;
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	/** Waits for the start to end and closes what it started, unless someone took it; nothing when it failed. */
	void closeIfUntaken(Consumer<T> close) {
		if (taken) {
			return;
		}
		T value;
		try {
			value = started.join();
		}
		catch (CompletionException e) {
			return;
		}
		if (!taken) {
			close.accept(value);
		}
	}
}
