package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.clientcare.demo.CustomerFileGenerator;
import org.clientcare.support.BoundPort;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the packaged application on one PostgreSQL server, as behind a load balancer without sticky
 * sessions: a page session started on one is good on the other; each execution of a scheduled job runs on one of
 * them; and an import whose instance is killed with {@code kill -9} is finished by the other, with nothing lost or
 * imported twice. The schedules and heartbeats are shortened on the command line so that all this takes seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ADMIN_PASSWORD = "two-instances-secret";

	/** Each scheduled job and the pause db-scheduler keeps after each of its runs. */
	static final Map<String, Duration> JOBS = Map.of("sla-sweep", Duration.ofSeconds(2), "tiering", Duration.ofSeconds(2),
			"revisit-planning", Duration.ofSeconds(2), "notification-dispatch", Duration.ofSeconds(2));

	static final int ROWS = 20_000;

	static final int BAD_ROWS = 200;

	@TempDir
	static Path shared;

	static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	static JdbcClient sql;

	static Node a;

	static Node b;

	static Instant bothUp;

	@BeforeAll
	static void startOneDatabaseAndTwoInstances() throws Exception {
		postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
		sql = JdbcClient.create(postgres.getPostgresDatabase());
		String piiKeys = "1:" + randomKey();
		String indexKey = randomKey();
		// Both start at once on an empty database: one migrates it and creates the administrator, the other waits its turn.
		a = Node.start("instance-a", piiKeys, indexKey);
		b = Node.start("instance-b", piiKeys, indexKey);
		a.awaitUp();
		b.awaitUp();
		bothUp = Instant.now();
	}

	@AfterAll
	static void stopAll() throws Exception {
		for (Node node : new Node[] { a, b }) {
			if (node != null && node.process.isAlive()) {
				node.process.destroy();
				if (!node.process.waitFor(30, TimeUnit.SECONDS)) {
					node.process.destroyForcibly();
				}
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void aPageSessionSignedInOnOneInstanceIsGoodOnTheOtherAndSigningOutThereEndsItEverywhere() throws Exception {
		// One cookie jar for both: cookies belong to the host, not the port, as with one address behind a load balancer.
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = page(browser, a, "/login").body();
		var signIn = browser.send(form(a, "/login", "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf(login)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		var onB = page(browser, b, "/admin/jobs?lang=en");
		assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
		assertThat(onB.body()).contains("Run now");
		assertThat(sql.sql("select count(*) from spring_session where principal_name = 'admin'").query(Long.class).single())
			.isEqualTo(1);

		// B checks the CSRF token of the form it rendered against the session A stored.
		var signOut = browser.send(form(b, "/logout", "_csrf=" + csrf(onB.body())), HttpResponse.BodyHandlers.ofString());
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
		var backOnA = page(browser, a, "/");
		assertThat(backOnA.statusCode()).isEqualTo(302);
		assertThat(backOnA.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	@Order(2)
	void eachExecutionOfAScheduledJobRunsOnOneInstanceOnlyWhileBothAreAlive() throws Exception {
		// The window in which both instances are up: from their start until every job has run at least twice in it.
		Instant from = bothUp;
		await("two runs of every job").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
			.until(() -> JOBS.keySet().stream().allMatch(job -> sql.sql(
					"select count(*) from job_run where job_name = ? and started_at >= ? and finished_at is not null")
				.param(job).param(java.sql.Timestamp.from(from)).query(Long.class).single() >= 2));
		Instant to = Instant.now();
		for (Node node : new Node[] { a, b }) {
			var health = node.call("GET", "/actuator/health", null);
			assertThat(health.statusCode()).as(node.name + " " + health.body()).isEqualTo(200);
		}

		// Runs still in flight when the window closed are left out: they have no end or outcome yet.
		List<Run> runs = sql.sql("select * from job_run where finished_at is not null order by job_name, started_at")
			.query((rs, n) -> new Run(rs.getString("job_name"), rs.getString("instance"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at").toInstant(), rs.getString("outcome")))
			.list();
		Map<String, Integer> byInstance = new TreeMap<>();
		for (var job : JOBS.entrySet()) {
			List<Run> ofJob = runs.stream().filter(run -> run.job().equals(job.getKey())).toList();
			assertThat(ofJob).as(job.getKey()).allSatisfy(run -> assertThat(run.outcome()).isEqualTo("DONE"));
			for (int i = 1; i < ofJob.size(); i++) {
				// the next execution is due a full pause after the previous one ended: never two at once, never doubled
				assertThat(Duration.between(ofJob.get(i - 1).finishedAt(), ofJob.get(i).startedAt()))
					.as("%s run %d after %s", job.getKey(), i, ofJob.get(i - 1))
					.isGreaterThanOrEqualTo(job.getValue().minusMillis(500));
			}
			List<Run> inWindow = ofJob.stream().filter(run -> !run.startedAt().isBefore(from) && run.startedAt().isBefore(to))
				.toList();
			long mostSequential = Duration.between(from, to).toMillis() / job.getValue().toMillis() + 1;
			assertThat(inWindow).as(job.getKey()).hasSizeBetween(2, (int) mostSequential);
			inWindow.forEach(run -> byInstance.merge(run.instance(), 1, Integer::sum));
		}
		// Which instance picks an execution is up to db-scheduler (the first to poll after it is due), so both usually
		// share the runs, but neither is bound to.
		System.out.println("Job runs per instance in the window: " + byInstance);
		assertThat(byInstance.keySet()).as("runs per instance").isNotEmpty().isSubsetOf("instance-a", "instance-b");
	}

	@Test
	@Order(3)
	void anImportWhoseInstanceIsKilledIsFinishedByTheOtherWithEveryRowOnce() throws Exception {
		Path file = shared.resolve("customers.csv");
		assertThat(CustomerFileGenerator.run(new String[] { "--generate-customers=" + ROWS, "--output=" + file, "--seed=7",
				"--bad-rows=" + (double) BAD_ROWS / ROWS })).isZero();
		a.prepareImport();
		long customersBefore = sql.sql("select count(*) from customer").query(Long.class).single();

		var upload = a.upload("/api/v1/imports/customers", file);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
		long id = JSON.readTree(upload.body()).get("importId").asLong();

		JsonNode started = a.awaitImport(id, status -> status.get("processed").asLong() > 0, Duration.ofSeconds(60));
		assertThat(started.get("status").asString()).as("the import must still run when its instance is killed: %s", started)
			.isEqualTo("RUNNING");
		Node worker = started.get("instance").asString().equals(a.name) ? a : b;
		Node survivor = worker == a ? b : a;
		worker.process.destroyForcibly();
		assertThat(worker.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

		JsonNode done = survivor.awaitImport(id, status -> status.get("status").asString().equals("DONE"), Duration.ofSeconds(90));

		assertThat(done.get("instance").asString()).isEqualTo(survivor.name);
		assertThat(done.get("processed").asLong()).isEqualTo(ROWS);
		assertThat(done.get("imported").asLong()).isEqualTo(ROWS - BAD_ROWS);
		assertThat(done.get("rejected").asLong()).isEqualTo(BAD_ROWS);
		assertThat(done.get("unchanged").asLong()).isZero();
		assertThat(sql.sql("select count(*) from customer").query(Long.class).single() - customersBefore)
			.isEqualTo(ROWS - BAD_ROWS);
		assertThat(sql.sql("select count(*) = count(distinct (id_type, id_number_hash)) from customer").query(Boolean.class)
			.single()).as("no document twice").isTrue();
		assertThat(sql.sql("""
				select coalesce(sum((after_state::jsonb ->> 'count')::int), 0) from audit_entry
				where action = 'customer.imported' and entity_id = ?""").param(Long.toString(id)).query(Long.class).single())
			.as("one audit entry per committed batch, none repeated").isEqualTo(ROWS - BAD_ROWS);
		assertThat(sql.sql("select count(*) from customer_import_error where import_id = ?").param(id).query(Long.class).single())
			.isEqualTo(BAD_ROWS);
		var verify = survivor.call("GET", "/api/v1/audit/verify", null);
		assertThat(JSON.readTree(verify.body()).get("valid").asBoolean()).as(verify.body()).isTrue();
		assertThat(survivor.process.isAlive()).isTrue();
	}

	private static HttpResponse<String> page(HttpClient browser, Node node, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(node.uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest form(Node node, String path, String body) {
		return HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private static String csrf(String html) {
		return URLEncoder.encode(SignedInPages.csrf(html), StandardCharsets.UTF_8);
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	record Run(String job, String instance, Instant startedAt, Instant finishedAt, String outcome) {
	}

	/**
	 * One instance: the packaged jar in its own process, on a port the operating system gives it (read from its log once
	 * it listens), with the shared database and keys.
	 */
	static final class Node {

		final String name;

		final Path log;

		final Process process;

		private int port;

		private Node(String name, Path log, Process process) {
			this.name = name;
			this.log = log;
			this.process = process;
		}

		static Node start(String name, String piiKeys, String indexKey) throws IOException {
			Path log = Path.of("target", "two-instances-" + name + ".log");
			String java = ProcessHandle.current().info().command().orElse("java");
			// C1 only and the serial collector: two instances start in half the time on a small machine
			List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
					Path.of("target", "clientcare.jar").toAbsolutePath().toString(),
					"--server.port=0",
					"--clientcare.instance-name=" + name,
					"--db-scheduler.polling-interval=1s",
					"--db-scheduler.heartbeat-interval=1s",
					"--db-scheduler.missed-heartbeats-limit=4",
					"--clientcare.complaint.sweep-schedule=FIXED_DELAY|2s",
					"--clientcare.tiering.schedule=FIXED_DELAY|2s",
					"--clientcare.revisit.planning-schedule=FIXED_DELAY|2s",
					"--clientcare.notification.dispatch-schedule=FIXED_DELAY|2s",
					"--clientcare.customer-import.batch-size=500",
					// no head start for the assistant, whom the drill asks nothing: its seconds of CPU are the other drills'
					"--clientcare.assistant.warm-up=false",
					// nor for the OpenAPI description, which the drill does not read
					"--springdoc.pre-loading-enabled=false"));
			var builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().keySet().removeIf(key -> key.startsWith("CLIENTCARE_"));
			builder.environment().put("CLIENTCARE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
			builder.environment().put("CLIENTCARE_DB_USER", "postgres");
			builder.environment().put("CLIENTCARE_DB_POOL_SIZE", "8");
			builder.environment().put("CLIENTCARE_PII_KEYS", piiKeys);
			builder.environment().put("CLIENTCARE_PII_INDEX_KEY", indexKey);
			builder.environment().put("CLIENTCARE_AUDIT_KEYS", "1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
			builder.environment().put("CLIENTCARE_ADMIN_PASSWORD", ADMIN_PASSWORD);
			builder.environment().put("CLIENTCARE_DATA_DIR", shared.toString());
			return new Node(name, log, builder.start());
		}

		void awaitUp() {
			await(name + "'s start").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
				.ignoreExceptionsInstanceOf(IOException.class)
				.until(() -> {
					assertThat(process.isAlive()).as(name + " exited early; see " + log).isTrue();
					var bound = BoundPort.in(log);
					if (bound.isEmpty()) {
						return false;
					}
					port = bound.getAsInt();
					return call("GET", "/api/v1/jobs", null).statusCode() == 200;
				});
		}

		/** The sub-branches and account managers the generated file names (the demo's, without the demo data). */
		void prepareImport() throws Exception {
			post("/api/v1/org-units", Map.of("code", "SH", "nameZh", "上海分行", "nameEn", "Shanghai branch", "kind", "BRANCH", "parent", "HQ"));
			post("/api/v1/org-units", Map.of("code", "SH-PD", "nameZh", "浦东支行", "nameEn", "Pudong", "kind", "SUB_BRANCH", "parent", "SH"));
			post("/api/v1/org-units", Map.of("code", "SH-XH", "nameZh", "徐汇支行", "nameEn", "Xuhui", "kind", "SUB_BRANCH", "parent", "SH"));
			post("/api/v1/users", Map.of("username", "zhang.rm", "displayName", "张经理", "role", "ACCOUNT_MANAGER", "orgUnit", "SH-PD",
					"password", ADMIN_PASSWORD));
			post("/api/v1/users", Map.of("username", "li.rm", "displayName", "李经理", "role", "ACCOUNT_MANAGER", "orgUnit", "SH-XH",
					"password", ADMIN_PASSWORD));
		}

		private void post(String path, Map<String, Object> body) throws Exception {
			var created = call("POST", path, JSON.writeValueAsString(body));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}

		JsonNode awaitImport(long id, java.util.function.Predicate<JsonNode> until, Duration within) {
			return await("import " + id + " on " + name).atMost(within).pollInterval(Duration.ofMillis(50))
				.until(() -> JSON.readTree(call("GET", "/api/v1/imports/" + id, null).body()), status -> until.test(status)
						|| status.get("status").asString().equals("DONE") || status.get("status").asString().equals("FAILED"));
		}

		HttpResponse<String> upload(String path, Path file) throws Exception {
			String boundary = "----two-instances-" + System.nanoTime();
			byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"customers.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
				.header("Authorization", basic())
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail)));
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> call(String method, String path, String body) throws Exception {
			var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", basic())
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private static String basic() {
			return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		}
	}
}
