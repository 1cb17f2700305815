package org.clientcare.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS and WeChat gateway for tests on a free port: records every call and answers 200 unless a test scripted other
 * statuses for a recipient. A failing answer echoes the recipient, as real gateways do, to check that it is scrubbed.
 * Like a real gateway it deduplicates on the {@code Idempotency-Key} header: a second call with a key it delivered
 * answers 200 again and delivers nothing.
 */
final class TestGateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final List<Call> deliveries = new CopyOnWriteArrayList<>();

	private final Map<String, Call> delivered = new ConcurrentHashMap<>();

	private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

	private volatile Duration answerAfter = Duration.ZERO;

	private TestGateway(HttpServer server) {
		this.server = server;
	}

	static TestGateway start() {
		try {
			var gateway = new TestGateway(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
			gateway.server.createContext("/", gateway::handle);
			gateway.server.start();
			return gateway;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** The next answers to calls for this recipient; 200 once they are used up. */
	void script(String to, Integer... statuses) {
		scripts.put(to, new ArrayDeque<>(List.of(statuses)));
	}

	/** Takes this long to answer each call, as a busy gateway does. */
	void answerAfter(Duration delay) {
		answerAfter = delay;
	}

	/** Every call about the event, delivered, refused or repeated. */
	List<Call> callsFor(String eventKey) {
		return calls.stream().filter(call -> eventKey.equals(call.eventKey())).toList();
	}

	/** Every call, in order. */
	List<Call> calls() {
		return List.copyOf(calls);
	}

	/** The messages handed on to the recipients: one per idempotency key at most. */
	List<Call> deliveries() {
		return List.copyOf(deliveries);
	}

	void stop() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		var call = new Call(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("Idempotency-Key"), body);
		calls.add(call);
		if (!answerAfter.isZero()) {
			LockSupport.parkNanos(answerAfter.toNanos());
		}
		Deque<Integer> script = scripts.get(body.get("to").asString());
		Integer scripted = script == null ? null : script.poll();
		int status = scripted == null ? 200 : scripted;
		if (status == 200 && (call.idempotencyKey() == null || delivered.putIfAbsent(call.idempotencyKey(), call) == null)) {
			deliveries.add(call);
		}
		byte[] answer = (status == 200 ? "{\"id\":\"ok\"}" : "{\"error\":\"cannot deliver to " + body.get("to").asString() + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	record Call(String path, String authorization, String idempotencyKey, JsonNode body) {

		String eventKey() {
			return body.get("eventKey").asString();
		}
	}
}
