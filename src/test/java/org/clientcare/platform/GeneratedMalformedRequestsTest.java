package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks the API's own OpenAPI document and sends every operation thousands of malformed requests, as several roles
 * and without signing in: none ends in a server error, every error answer is a problem document, and every 400 names
 * the field at fault.
 */
@IntegrationTest
class GeneratedMalformedRequestsTest {

	private static final List<String> ROLES = List.of("admin", "zhang.rm", "wang.agent", "chen.compliance", "liu.handler",
			"zhao.manager", "core.feed", "");

	private static final int CLIENTS = 8;

	@Autowired
	Api api;

	@Test
	void noneOfTenThousandGeneratedMalformedRequestsEndsInAServerError() throws Exception {
		var probes = new MalformedRequests(api.anonymous().get("/v3/api-docs").body()).generate();
		List<Sent> sent = new ArrayList<>();
		for (int i = 0; sent.size() < 10_000 || i < probes.size(); i++) {
			// Each probe goes out as two different roles; the rotation shifts each round.
			var probe = probes.get(i % probes.size());
			sent.add(new Sent(probe, ROLES.get(i % ROLES.size())));
			sent.add(new Sent(probe, ROLES.get((i + 3 + i / probes.size()) % ROLES.size())));
		}

		List<String> failures = send(sent);

		assertThat(sent).hasSizeGreaterThanOrEqualTo(10_000);
		assertThat(failures).as("%d of %d generated requests answered wrongly", failures.size(), sent.size()).isEmpty();
	}

	private List<String> send(List<Sent> sent) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (Sent one : sent) {
				outcomes.add(clients.submit(() -> check(one)));
			}
			List<String> failures = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				String failure = outcome.get();
				if (failure != null && failures.size() < 30) {
					failures.add(failure);
				}
			}
			return failures;
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** What is wrong with the answer, or {@code null}. */
	private String check(Sent one) {
		Api caller = one.role().isEmpty() ? api.anonymous() : api.as(one.role());
		var probe = one.probe();
		Api.Response response = caller.send(probe.method(), probe.path(), probe.body(),
				probe.contentType() == null ? Map.of() : Map.of("Content-Type", probe.contentType()));
		String where = (one.role().isEmpty() ? "anonymous" : one.role()) + " " + probe + " → " + response.status() + " "
				+ abbreviated(response.text());
		if (response.status() >= 500) {
			return where;
		}
		if (response.status() >= 400) {
			String type = response.contentType();
			if (type == null || !type.startsWith("application/problem+json")) {
				return "not a problem document: " + where;
			}
			if (response.status() == 400 && !response.body().path("errors").path(0).path("field").isString()) {
				return "no field named: " + where;
			}
		}
		return null;
	}

	private static String abbreviated(String text) {
		return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
	}

	private record Sent(MalformedRequests.Probe probe, String role) {
	}
}
