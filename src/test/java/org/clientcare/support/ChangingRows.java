package org.clientcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;

/**
 * A list read while other users change its rows: one change repeated on another thread for as long as the reads run,
 * and the agreement between a page and its count that those reads check.
 */
public final class ChangingRows {

	private ChangingRows() {
	}

	/** Runs {@code read} {@code times} times while {@code change} runs over and over on another thread. */
	public static void readWhileChanging(Runnable change, int times, Runnable read) throws Exception {
		var changing = new AtomicBoolean(true);
		var changer = CompletableFuture.runAsync(() -> {
			while (changing.get()) {
				change.run();
			}
		});
		try {
			for (int i = 0; i < times; i++) {
				read.run();
			}
		}
		finally {
			changing.set(false);
			changer.get();
		}
	}

	/** A list answer's page holds as many rows as its count leaves for it: its size, or fewer on the last page. */
	public static void assertPageAgreesWithCount(JsonNode list) {
		long total = list.get("totalElements").asLong();
		long before = list.get("page").asLong() * list.get("size").asLong();
		assertThat(list.get("content").size()).as("the page beside its count of %d", total)
			.isEqualTo((int) Math.max(0, Math.min(list.get("size").asLong(), total - before)));
	}
}
