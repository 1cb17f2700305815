package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rate limits on the public pages, as a stranger meets them: each visitor here connects from a loopback address of its
 * own (127.x.y.z — the suite's usual 127.0.0.1 is exempt), so the limits are the defaults of an installation.
 */
@IntegrationTest
class RateLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	RateLimitSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher pii;

	@Autowired
	DataSource dataSource;

	@Test
	void fortyQuickPublicComplaintsFromOneAddressAreRefusedWith429AfterTheLimitAndSendNoMoreSmsThanItAllows() {
		var visitor = new Visitor();
		String form = visitor.get("/public/complaints?lang=en").body();
		String csrf = SignedInPages.csrf(form);
		List<String> mobiles = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String mobile = TestCustomers.mobile();
			mobiles.add(mobile);
			answers.add(visitor.post("/public/complaints", Map.of("name", "游客" + i, "mobile", mobile, "category", "BANK_CARD",
					"content", "短时间内提交的第 " + i + " 条投诉", "_csrf", csrf)));
		}

		int limit = settings.formsPerMinute();
		assertThat(answers.subList(0, limit)).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.body()).contains("id=\"complaint-no\"");
		});
		assertThat(answers.subList(limit, 40)).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(429);
			assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
			assertThat(answer.body()).contains("id=\"too-many-requests\"", "Please wait a moment").doesNotContain("??");
		});
		assertThat(smsTo(mobiles, limit)).as("SMS enqueued for the 40 numbers").isEqualTo(limit);
	}

	@Test
	void publicFormsNamingOneMobileNumberSendItAtMostTheConfiguredNumberOfSmsAnHourFromAnyAddress() {
		String mobile = TestCustomers.mobile();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// A new address every time: the number's own limit holds however many addresses the sender has.
			var visitor = new Visitor();
			String csrf = SignedInPages.csrf(visitor.get("/public/complaints?lang=zh-CN").body());
			Answer answer = visitor.post("/public/complaints", Map.of("name", "游客", "mobile", mobile, "category", "BANK_CARD",
					"content", "同一号码的投诉", "_csrf", csrf));
			statuses.add(answer.status());
			if (answer.status() == 429) {
				assertThat(answer.body()).contains("请稍候再试");
				assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 3600L);
			}
		}

		int perHour = settings.formsPerMobilePerHour();
		assertThat(statuses.subList(0, perHour)).containsOnly(200);
		assertThat(statuses.subList(perHour, 8)).containsOnly(429);
		assertThat(smsTo(List.of(mobile), perHour)).isEqualTo(perHour);
	}

	@Test
	void guessingComplaintNumbersIsCutOffAfterTheLookupLimit() {
		var visitor = new Visitor();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < settings.lookupsPerMinute() + 5; i++) {
			statuses.add(visitor.get("/public/complaints/status?no=TS-2026-%04d&mobile=13800138000".formatted(i)).status());
		}

		assertThat(statuses.subList(0, settings.lookupsPerMinute())).containsOnly(200);
		assertThat(statuses.subList(settings.lookupsPerMinute(), statuses.size())).containsOnly(429);
		// the page of too many requests leads back to the complaints' page, not to a page of another section
		var refused = visitor.get("/public/complaints/status?no=TS-2026-9999&mobile=13800138000");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("id=\"back\" href=\"/public/complaints\"");
	}

	@Test
	void theAssistantAnswersAnAddressThatAsksTooOftenWith429ProblemDetailsAndRetryAfter(
			@Autowired org.clientcare.assistant.AssistantSettings assistant) {
		var visitor = new Visitor();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i <= assistant.asksPerMinute(); i++) {
			answers.add(visitor.postJson("/api/v1/assistant/ask", "{\"question\":\"信用卡年费怎么收 " + i + "\"}"));
		}

		assertThat(answers.subList(0, assistant.asksPerMinute())).extracting(Answer::status).containsOnly(200);
		Answer refused = answers.get(assistant.asksPerMinute());
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
	}

	@Test
	void anotherInstanceOnTheSameDatabaseCountsTheSameBuckets() {
		var visitor = new Visitor();
		String csrf = SignedInPages.csrf(visitor.get("/public/complaints").body());
		for (int i = 0; i < settings.formsPerMinute(); i++) {
			visitor.post("/public/complaints", Map.of("name", "", "_csrf", csrf));
		}

		// A second instance: its own bucket manager, the same table.
		var buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at").build();
		var other = new RateLimits(buckets, pii, settings);
		assertThat(other.byAddress(new RateLimits.Limit("forms", settings.formsPerMinute(), Duration.ofMinutes(1)),
				visitor.address)).as("the wait the other instance sees").hasValueSatisfying(wait ->
					assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
		assertThat(visitor.post("/public/complaints", Map.of("name", "", "_csrf", csrf)).status()).isEqualTo(429);
	}

	/** The SMS enqueued for the numbers, once the accepted complaints' messages are in. */
	private long smsTo(List<String> mobiles, int accepted) {
		byte[][] hashes = mobiles.stream().map(m -> pii.searchHash(m)).toArray(byte[][]::new);
		await("the accepted complaints' SMS enqueued").until(() -> count(hashes) >= accepted);
		return count(hashes);
	}

	private long count(byte[][] hashes) {
		return jdbc.sql("select count(*) from notification_outbox where channel = 'SMS' and recipient_hash = any(?)")
			.param(hashes).query(Long.class).single();
	}

	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * A browser on a loopback address of its own: plain HTTP/1.0 over a socket bound to that address (the JDK's HTTP
	 * client cannot choose its local address), keeping its cookies (the session, the language).
	 */
	final class Visitor {

		final String address = "127.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
				ThreadLocalRandom.current().nextInt(0, 256), ThreadLocalRandom.current().nextInt(2, 255));

		private final Map<String, String> cookies = new LinkedHashMap<>();

		Answer get(String path) {
			return send("GET " + path, null, null);
		}

		Answer post(String path, Map<String, String> form) {
			StringBuilder body = new StringBuilder();
			form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return send("POST " + path, "application/x-www-form-urlencoded", body.toString());
		}

		Answer postJson(String path, String json) {
			return send("POST " + path, "application/json", json);
		}

		private Answer send(String requestLine, String contentType, String body) {
			try (var socket = new Socket()) {
				socket.bind(new InetSocketAddress(address, 0));
				socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
				socket.setSoTimeout(60_000);
				byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
				StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.0\r\nHost: localhost:").append(port)
					.append("\r\nAccept: text/html,application/json\r\n");
				if (!cookies.isEmpty()) {
					head.append("Cookie: ").append(String.join("; ", cookies.values())).append("\r\n");
				}
				if (contentType != null) {
					head.append("Content-Type: ").append(contentType).append("; charset=UTF-8\r\nContent-Length: ")
						.append(content.length).append("\r\n");
				}
				OutputStream out = socket.getOutputStream();
				out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
				out.write(content);
				out.flush();
				return read(socket.getInputStream());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private Answer read(InputStream in) throws IOException {
			var bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String all = bytes.toString(StandardCharsets.UTF_8);
			int end = all.indexOf("\r\n\r\n");
			String[] lines = all.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
				String value = lines[i].substring(colon + 1).strip();
				headers.put(name, value);
				if (name.equals("set-cookie")) {
					String cookie = value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';'));
					cookies.put(cookie.substring(0, cookie.indexOf('=')), cookie);
				}
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, all.substring(end + 4));
		}
	}
}
