package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application on its embedded database, as an operator runs it: killed with {@code kill -9}, it starts
 * again with its data intact; stopped normally, it stops its database too.
 */
class EmbeddedDatabaseRestartIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ADMIN_PASSWORD = "restart-secret";

	@TempDir
	Path dataDir;

	@Test
	void anApplicationKilledWithKill9StartsAgainWithItsDataIntactAndAStoppedOneStopsItsDatabase() throws Exception {
		int port = freePort();
		Process first = start(port, "first");
		awaitUp(port, first);
		assertThat(call(port, "POST", "/api/v1/org-units", "{\"code\":\"SH\",\"nameZh\":\"上海分行\",\"nameEn\":\"Shanghai\","
				+ "\"kind\":\"BRANCH\",\"parent\":\"HQ\"}").statusCode()).isEqualTo(201);
		String body = JSON.writeValueAsString(TestCustomers.individual("SH", null));
		var created = call(port, "POST", "/api/v1/customers", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = JSON.readTree(created.body()).get("id").asLong();

		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		Process second = start(port, "second");
		awaitUp(port, second);
		var read = call(port, "GET", "/api/v1/customers/" + id, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(read.body()).get("name").asString()).isEqualTo(JSON.readTree(body).get("name").asString());
		var verify = call(port, "GET", "/api/v1/audit/verify", null);
		assertThat(JSON.readTree(verify.body()).get("valid").asBoolean()).isTrue();

		second.destroy();
		assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
	}

	private Process start(int port, String name) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		// C1 only and the serial collector: the application starts in about half the time on a small machine
		var builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
				Path.of("target", "clientcare.jar").toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "restart-" + name + ".log").toFile());
		builder.environment().keySet().removeIf(key -> key.startsWith("CLIENTCARE_"));
		builder.environment().put("CLIENTCARE_DATA_DIR", dataDir.toString());
		builder.environment().put("CLIENTCARE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().put("PORT", Integer.toString(port));
		return builder.start();
	}

	private static void awaitUp(int port, Process process) {
		await("the application's start").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> {
				assertThat(process.isAlive()).as("the application exited early").isTrue();
				return call(port, "GET", "/api/v1/customers?size=1", null).statusCode() == 200;
			});
	}

	private static HttpResponse<String> call(int port, String method, String path, String body) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
