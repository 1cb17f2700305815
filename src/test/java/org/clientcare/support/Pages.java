package org.clientcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Every element of a list endpoint (SPEC §12), read page by page of 500, as a client that wants them all does. */
public final class Pages {

	private Pages() {
	}

	public static List<JsonNode> all(Api api, String path) {
		String glue = path.contains("?") ? "&" : "?";
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			var answer = api.get(path + glue + "size=500&page=" + page);
			assertThat(answer.status()).as(path + " " + answer.text()).isEqualTo(200);
			JsonNode content = answer.body().get("content");
			content.forEach(all::add);
			if (content.isEmpty() || all.size() >= answer.body().get("totalElements").asLong()) {
				return all;
			}
		}
	}
}
