package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks the API's own OpenAPI document and sends every operation its malformed requests — ten thousand in all — as
 * every role and without signing in: none ends in a server error, every error answer is a problem document, and every
 * 400 names the field at fault. Each operation meets every role (its first request goes out as each of them); each
 * further request goes out once, as the next role in turn that the operation has not refused yet, so that it reaches
 * whatever lies behind the permission check whenever some role may get there: a refusal (401, 403) sends the same
 * request on to the next role.
 */
@IntegrationTest
class GeneratedMalformedRequestsTest {

	private static final List<String> ROLES = List.of("admin", "zhang.rm", "wang.agent", "chen.compliance", "liu.handler",
			"zhao.manager", "core.feed", "");

	private static final int CLIENTS = 8;

	@Autowired
	Api api;

	@Test
	void noneOfTenThousandGeneratedMalformedRequestsEndsInAServerErrorForAnyRole() throws Exception {
		var operations = new MalformedRequests(api.anonymous().get("/v3/api-docs").body()).generate();

		List<Walked> walked = walk(operations);

		int probes = operations.values().stream().mapToInt(List::size).sum();
		List<String> failures = walked.stream().flatMap(w -> w.failures().stream()).limit(30).toList();
		int sent = walked.stream().mapToInt(w -> w.sent().get()).sum();
		System.out.printf("%d generated requests of %d operations sent as %d requests%n", probes, walked.size(), sent);
		assertThat(probes).isGreaterThanOrEqualTo(10_000);
		assertThat(walked).as("every operation that takes something met every role")
			.allSatisfy(w -> assertThat(w.roles()).hasSize(ROLES.size()));
		assertThat(failures).as("%d of %d generated requests answered wrongly", failures.size(), sent).isEmpty();
	}

	/**
	 * First each operation's first request as every role, then every further request once, all side by side: each as
	 * the next role in turn its operation has not refused so far, and on a refusal as the next one.
	 */
	private List<Walked> walk(Map<String, List<MalformedRequests.Probe>> operations) throws Exception {
		List<Walked> walked = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> outcomes = new ArrayList<>();
			for (List<MalformedRequests.Probe> probes : operations.values()) {
				if (probes.isEmpty()) {
					continue; // nothing to get wrong: no parameter, no body
				}
				Walked operation = new Walked(probes, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(),
						new ConcurrentLinkedQueue<>(), new AtomicInteger());
				walked.add(operation);
				for (String role : ROLES) {
					outcomes.add(clients.submit(() -> send(probes.get(0), role, operation)));
				}
			}
			await(outcomes);
			for (Walked operation : walked) {
				List<MalformedRequests.Probe> probes = operation.probes();
				for (int i = 1; i < probes.size(); i++) {
					var probe = probes.get(i);
					int turn = i;
					outcomes.add(clients.submit(() -> sendOnce(probe, turn, operation)));
				}
			}
			await(outcomes);
			return walked;
		}
		finally {
			clients.shutdownNow();
		}
	}

	private static void await(List<Future<?>> outcomes) throws Exception {
		for (Future<?> outcome : outcomes) {
			outcome.get();
		}
		outcomes.clear();
	}

	/** Sends the probe as the turn's role among those not refused so far, and to the next one while refused. */
	private void sendOnce(MalformedRequests.Probe probe, int turn, Walked operation) {
		List<String> open = ROLES.stream().filter(role -> !operation.refused().contains(role)).toList();
		if (open.isEmpty()) {
			send(probe, ROLES.get(turn % ROLES.size()), operation);
			return;
		}
		for (int k = 0; k < open.size(); k++) {
			if (!send(probe, open.get((turn + k) % open.size()), operation)) {
				return;
			}
		}
	}

	/** Sends the probe as the role and checks the answer; true when the role was refused (401, 403). */
	private boolean send(MalformedRequests.Probe probe, String role, Walked walked) {
		Api caller = role.isEmpty() ? api.anonymous() : api.as(role);
		Api.Response response = caller.send(probe.method(), probe.path(), probe.body(),
				probe.contentType() == null ? Map.of() : Map.of("Content-Type", probe.contentType()));
		walked.roles().add(role);
		walked.sent().incrementAndGet();
		String failure = failure(response, (role.isEmpty() ? "anonymous" : role) + " " + probe);
		if (failure != null) {
			walked.failures().add(failure);
		}
		boolean refused = response.status() == 401 || response.status() == 403;
		if (refused) {
			walked.refused().add(role);
		}
		return refused;
	}

	/** What is wrong with the answer, or {@code null}. */
	private static String failure(Api.Response response, String request) {
		String where = request + " → " + response.status() + " " + abbreviated(response.text());
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

	/** One operation's walk: its probes, the roles they went out as and those refused, what answered wrongly, the count. */
	private record Walked(List<MalformedRequests.Probe> probes, Set<String> roles, Set<String> refused,
			Queue<String> failures, AtomicInteger sent) {
	}
}
