package org.clientcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.clientcare.notification.internal.Recipients;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.BoundPort;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Send once: the packaged application, on its own embedded database as an operator runs it, sends a batch of SMS
 * through a gateway that takes its time, is killed with {@code kill -9} in the middle of a batch, and is started again.
 * The messages the dead sender had handed to the gateway but not recorded are sent again with the same idempotency
 * key, and the gateway (which deduplicates on it, as the bundled test gateway does) hands each message to its
 * recipient exactly once: nothing twice, nothing lost. The same starts show the embedded database's side of it: the
 * application comes back with its data intact (the PostgreSQL its dead process left running is stopped and started
 * again on the same directory), and an application stopped normally stops its database too.
 *
 * <p>One drill here; {@code -Dsend-once.drills=10} runs ten in a row (bench/send-once.sh), with the counts printed.
 */
class SendOnceIT {

	static final int DRILLS = Integer.getInteger("send-once.drills", 1);

	static final int MESSAGES = 40;

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static final String ADMIN_PASSWORD = "send-once-secret";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path data;

	/** The application's embedded database, reached as the application reaches it (its port changes with each start). */
	static final SqlOnTheEmbeddedDatabase sql = new SqlOnTheEmbeddedDatabase();

	static TestGateway gateway;

	static String piiKeys;

	static String indexKey;

	static Process sender;

	static int starts;

	@BeforeAll
	static void startGateway() throws Exception {
		piiKeys = "1:" + randomKey();
		indexKey = randomKey();
		gateway = TestGateway.start();
		// A busy gateway: a batch of ten takes about a second, long enough to be killed half-way through.
		gateway.answerAfter(Duration.ofMillis(100));
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (sender != null && sender.isAlive()) {
			sender.destroy();
			if (!sender.waitFor(30, TimeUnit.SECONDS)) {
				sender.destroyForcibly();
			}
		}
		// A test that failed between a kill and the next start leaves the killed application's PostgreSQL running.
		Path pidFile = data.resolve("postgres/postmaster.pid");
		if (Files.exists(pidFile)) {
			String pid = Files.readAllLines(pidFile).get(0).strip();
			new ProcessBuilder("kill", "-INT", pid).inheritIO().start().waitFor();
			await("the embedded database's stop").atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(pidFile));
		}
		if (gateway != null) {
			gateway.stop();
		}
	}

	@Test
	void aSenderKilledInTheMiddleOfABatchAndStartedAgainDeliversEveryMessageOnceLosesNoneAndKeepsItsData()
			throws Exception {
		sender = start();
		int port = awaitUp();
		// Data written before the first kill, read back after the last start.
		assertThat(call(port, "POST", "/api/v1/org-units", "{\"code\":\"SH\",\"nameZh\":\"上海分行\",\"nameEn\":\"Shanghai\","
				+ "\"kind\":\"BRANCH\",\"parent\":\"HQ\"}").statusCode()).isEqualTo(201);
		String customer = JSON.writeValueAsString(TestCustomers.individual("SH", null));
		var created = call(port, "POST", "/api/v1/customers", customer);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long customerId = JSON.readTree(created.body()).get("id").asLong();
		PiiCipher pii = new PiiCipher(piiKeys, indexKey);
		int resentByTheGateway = 0;
		List<String> report = new ArrayList<>();
		for (int drill = 1; drill <= DRILLS; drill++) {
			String prefix = "send-once:" + drill + ":";
			enqueue(pii, prefix);
			// Killed in the second or third batch, a few messages after its start: some were sent and not recorded.
			int killAfter = 12 + (drill * 7) % 15;
			await("the gateway's first calls of drill " + drill).atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(5)).until(() -> calls(prefix).size() >= killAfter);
			sender.destroyForcibly();
			assertThat(sender.waitFor(30, TimeUnit.SECONDS)).isTrue();
			int callsWhenKilled = calls(prefix).size();
			long recordedWhenKilled = sql.sql("select count(*) from notification_outbox where event_key like ? and status = 'SENT'")
				.param(prefix + "%").query(Long.class).single();

			sender = start();
			port = awaitUp();
			await("every message of drill " + drill + " recorded as sent").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> sql.sql("select count(*) from notification_outbox where event_key like ? and status = 'SENT'")
					.param(prefix + "%").query(Long.class).single() == MESSAGES);

			List<TestGateway.Call> calls = calls(prefix);
			Map<String, Long> deliveriesPerMessage = gateway.deliveries().stream()
				.filter(call -> call.eventKey().startsWith(prefix))
				.collect(Collectors.groupingBy(TestGateway.Call::eventKey, TreeMap::new, Collectors.counting()));
			Map<String, Long> keysPerMessage = calls.stream().collect(Collectors.groupingBy(TestGateway.Call::eventKey,
					Collectors.mapping(TestGateway.Call::idempotencyKey, Collectors.collectingAndThen(Collectors.toSet(),
							keys -> (long) keys.size()))));
			long duplicates = deliveriesPerMessage.values().stream().mapToLong(n -> n - 1).sum();
			long lost = MESSAGES - deliveriesPerMessage.size();
			int resent = calls.size() - MESSAGES;
			resentByTheGateway += resent;
			report.add("drill %d: killed after %d calls with %d recorded as sent; %d calls in all, %d sent again with their key, %d delivered, %d duplicates, %d lost"
				.formatted(drill, callsWhenKilled, recordedWhenKilled, calls.size(), resent, deliveriesPerMessage.size(),
						duplicates, lost));

			assertThat(keysPerMessage.values()).as("one idempotency key per message in drill %d", drill).containsOnly(1L);
			assertThat(deliveriesPerMessage.values()).as("deliveries per message in drill %d", drill).containsOnly(1L);
			assertThat(deliveriesPerMessage).as("messages delivered in drill %d", drill).hasSize(MESSAGES);
		}
		var read = call(port, "GET", "/api/v1/customers/" + customerId, null);
		assertThat(read.statusCode()).as("the customer written before the kill").isEqualTo(200);
		assertThat(JSON.readTree(read.body()).get("name").asString()).isEqualTo(JSON.readTree(customer).get("name").asString());
		var verify = call(port, "GET", "/api/v1/audit/verify", null);
		assertThat(JSON.readTree(verify.body()).get("valid").asBoolean()).as("the audit chain across the kills").isTrue();
		assertThat(sql.sql("select password_hash from staff_user where username = 'admin'").query(String.class).single())
			.as("the installation hashes passwords with bcrypt at strength 10 (the test suite's contexts use 4)")
			.startsWith("$2a$10$");

		sender.destroy();
		assertThat(sender.waitFor(60, TimeUnit.SECONDS)).as("a normal stop").isTrue();
		assertThat(data.resolve("postgres/postmaster.pid")).as("the embedded database stopped with the application")
			.doesNotExist();

		report.forEach(System.out::println);
		System.out.printf("send-once: %d drill(s), %d message(s) sent again after kill -9 and absorbed by their key, 0 duplicates, 0 lost%n",
				DRILLS, resentByTheGateway);
		assertThat(resentByTheGateway).as("the kills hit batches that were sent but not recorded").isPositive();
	}

	private static List<TestGateway.Call> calls(String prefix) {
		return gateway.calls().stream().filter(call -> call.eventKey().startsWith(prefix)).toList();
	}

	/**
	 * Messages as the application enqueues them: due now, the recipient encrypted and hashed with its keys; in one
	 * statement (one connection to the database, where a statement each made forty).
	 */
	private static void enqueue(PiiCipher pii, String prefix) {
		Instant now = Instant.now();
		List<String> rows = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (int i = 0; i < MESSAGES; i++) {
			String mobile = Recipients.normalise(Channel.SMS, "139%08d".formatted(i));
			rows.add("(?, 'SMS', ?, ?, 'complaint-acknowledged', 'zh-CN', cast(? as jsonb), 'SERVICE', 'PENDING', ?, ?)");
			params.addAll(List.of(prefix + i, pii.encrypt(mobile), pii.searchHash(mobile),
					"{\"complaintNo\":\"TS-2026-%04d\",\"resolutionDueAt\":\"2026-12-10 23:59\"}".formatted(i),
					Timestamp.from(now), Timestamp.from(now.plusMillis(i))));
		}
		sql.sql("""
				insert into notification_outbox (event_key, channel, recipient_enc, recipient_hash, template, locale, params,
				                                 purpose, status, next_attempt_at, created_at)
				values """ + String.join(", ", rows)).params(params).update();
	}

	/** The application on a port the operating system gives it, named in its log once it listens. */
	private static Process start() throws IOException {
		starts++;
		String java = ProcessHandle.current().info().command().orElse("java");
		// C1 only and the serial collector: the application starts in about half the time on a small machine
		List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
				Path.of("target", "clientcare.jar").toAbsolutePath().toString(),
				"--server.port=0",
				"--clientcare.instance-name=sender-" + starts,
				"--clientcare.notification.sms.url=" + gateway.url("/sms"),
				"--db-scheduler.polling-interval=1s",
				"--db-scheduler.heartbeat-interval=1s",
				"--db-scheduler.missed-heartbeats-limit=4",
				// the outbox read every second rather than every 5: the drill's messages leave as soon as they are due
				"--clientcare.notification.dispatch-schedule=FIXED_DELAY|1s",
				// no head start for the assistant, whom the drill asks nothing: its seconds of CPU are the other drills'
				"--clientcare.assistant.warm-up=false",
				// nor for the OpenAPI description, which the drill does not read
				"--springdoc.pre-loading-enabled=false");
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log().toFile());
		builder.environment().keySet().removeIf(key -> key.startsWith("CLIENTCARE_"));
		builder.environment().put("CLIENTCARE_DB_POOL_SIZE", "5");
		builder.environment().put("CLIENTCARE_PII_KEYS", piiKeys);
		builder.environment().put("CLIENTCARE_PII_INDEX_KEY", indexKey);
		builder.environment().put("CLIENTCARE_AUDIT_KEYS", "1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
		builder.environment().put("CLIENTCARE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().put("CLIENTCARE_DATA_DIR", data.toString());
		return builder.start();
	}

	private static Path log() {
		return Path.of("target", "send-once-" + starts + ".log");
	}

	/** Waits for the last start to listen and be healthy, and gives its port. */
	private static int awaitUp() {
		Process process = sender;
		Path log = log();
		await("the sender's port").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
			.until(() -> {
				assertThat(process.isAlive()).as("the application exited early; see %s", log).isTrue();
				return BoundPort.in(log).isPresent();
			});
		int port = BoundPort.in(log).getAsInt();
		await("the sender's start").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> {
				assertThat(process.isAlive()).as("the application exited early; see %s", log).isTrue();
				var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(10)).build();
				return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode() == 200;
			});
		return port;
	}

	private static HttpResponse<String> call(int port, String method, String path, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
				.getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * SQL on the running application's embedded PostgreSQL: its port from {@code postmaster.pid}, its password from the
	 * file the application generated beside the data. A server left running by a killed application is still reached.
	 */
	static final class SqlOnTheEmbeddedDatabase {

		JdbcClient.StatementSpec sql(String statement) {
			try {
				List<String> pid = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
				String password = Files.readString(data.resolve("postgres-password")).strip();
				var source = new org.springframework.jdbc.datasource.DriverManagerDataSource(
						"jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", password);
				return JdbcClient.create(source).sql(statement);
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}
}
