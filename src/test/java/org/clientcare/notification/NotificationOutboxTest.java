package org.clientcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.notification.internal.Outbox;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as staff see it, in the shared test context, where no channel has a gateway (demo mode): messages are
 * held, shown masked on the page and in the API, and refused to roles that may not see them.
 */
@IntegrationTest
class NotificationOutboxTest {

	@LocalServerPort
	int port;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Autowired
	PiiCipher pii;

	@Test
	void messagesOfAChannelWithoutGatewayAreHeldAndShownMaskedOnTheOutboxPage() throws Exception {
		String key = "test:" + UUID.randomUUID();
		String mobile = TestCustomers.mobile();
		String complaintNo = "TS-" + ThreadLocalRandom.current().nextInt(1_000_000);
		transactions.executeWithoutResult(status -> notifications.send(new OutgoingMessage(key, Channel.SMS, mobile,
				"complaint-received", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", complaintNo, "statusUrl", "https://clientcare.example/c/1"), Purpose.SERVICE, null)));

		assertThat(jdbc.sql("select status from notification_outbox where event_key = ?").param(key).query(String.class).single())
			.isEqualTo("HELD_DEMO");
		String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
		String page = page("chen.compliance", "/notifications/outbox?status=HELD_DEMO&lang=zh-CN");
		assertThat(page).contains(masked, "您的投诉已收到（" + complaintNo + "）", "演示保留").doesNotContain(mobile);
		assertThat(page).as("the message reads as its subject, as on the audit page, not as its event key")
			.doesNotContain(key);
	}

	@Test
	void aMarketingMessageHeldBackForWantOfConsentSaysSoInThePagesLanguage() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		String key = "test:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> notifications.send(new OutgoingMessage(key, Channel.SMS,
				TestCustomers.mobile(), "complaint-received", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", "MKT-1", "statusUrl", "https://clientcare.example/offers"), Purpose.MARKETING,
				new CustomerId(customer))));

		assertThat(page("chen.compliance", "/notifications/outbox?status=SUPPRESSED&lang=zh-CN"))
			.contains("客户未同意接收营销信息").doesNotContain("No marketing consent");
		assertThat(page("chen.compliance", "/notifications/outbox?status=SUPPRESSED&lang=en"))
			.contains("The customer has not consented to marketing");
	}

	@Test
	void theApiListsTheOutboxNewestFirstWithRecipientsMasked() {
		String key = "test:" + UUID.randomUUID();
		String address = "wang" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
		transactions.executeWithoutResult(status -> notifications.send(new OutgoingMessage(key, Channel.EMAIL, address,
				"complaint-resolved", Locale.ENGLISH,
				Map.of("complaintNo", "TS-9", "resolution", "Fee refunded", "feedbackUrl", "https://clientcare.example/f/9"),
				Purpose.SERVICE, null)));

		var answer = api.as("wang.agent").get("/api/v1/notifications?status=HELD_DEMO&size=500");

		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.text()).doesNotContain(address);
		var body = answer.body();
		assertThat(body.get("page").asInt()).isZero();
		assertThat(body.get("size").asInt()).isEqualTo(500);
		assertThat(body.get("totalElements").asLong()).isPositive();
		// other tests share the database (and some move the clock ahead): the page is newest first, this one among them
		var created = body.get("content").valueStream().map(m -> java.time.OffsetDateTime.parse(m.get("createdAt").asString()))
			.toList();
		assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		var newest = body.get("content").valueStream().filter(m -> m.get("eventKey").asString().equals(key)).findFirst()
			.orElseThrow();
		assertThat(newest.get("recipient").asString()).isEqualTo("w***@example.com");
		assertThat(newest.get("subject").asString()).isEqualTo("Your complaint TS-9 has been resolved");
		assertThat(newest.get("status").asString()).isEqualTo("HELD_DEMO");
	}

	/**
	 * Messages change status while they are sent; a page of one status and its count must still agree: read from
	 * different moments, a message that moved between the two left an empty page with a count of one.
	 */
	@Test
	void aPageOfOneStatusAgreesWithItsCountWhileAMessageKeepsChangingStatus() throws Exception {
		String key = "test:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> notifications.send(new OutgoingMessage(key, Channel.SMS,
				TestCustomers.mobile(), "complaint-received", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", "TS-1", "statusUrl", "https://clientcare.example/c/1"), Purpose.SERVICE, null)));
		var flipping = new java.util.concurrent.atomic.AtomicBoolean(true);
		var flipper = java.util.concurrent.CompletableFuture.runAsync(() -> {
			while (flipping.get()) {
				jdbc.sql("""
						update notification_outbox set status = case status when 'SUPPRESSED' then 'HELD_DEMO' else 'SUPPRESSED' end
						where event_key = ?""").param(key).update();
			}
		});
		try {
			var staff = api.as("wang.agent");
			for (int i = 0; i < 150; i++) {
				var body = staff.get("/api/v1/notifications?status=SUPPRESSED&size=5").body();
				assertThat(body.get("content").size()).as("the page beside its count of %d", body.get("totalElements").asLong())
					.isEqualTo((int) Math.min(5, body.get("totalElements").asLong()));
			}
		}
		finally {
			flipping.set(false);
			flipper.get();
		}
	}

	@Test
	void onlyAdministratorsComplianceAndServiceAgentsSeeTheOutbox() {
		assertThat(api.as("admin").get("/api/v1/notifications").status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").get("/api/v1/notifications").status()).isEqualTo(200);
		assertThat(api.as("zhang.rm").get("/api/v1/notifications").status()).isEqualTo(403);
		assertThat(api.as("liu.handler").get("/api/v1/notifications").status()).isEqualTo(403);
		assertThat(api.as("admin").get("/api/v1/notifications?status=LOST").status()).isEqualTo(400);
		assertThat(api.as("admin").get("/api/v1/notifications?size=501").status()).isEqualTo(400);
	}

	@Test
	void anUnknownTemplateOrAMissingParameterIsRefusedWhenEnqueued() {
		assertThatIllegalArgumentException().isThrownBy(() -> transactions.executeWithoutResult(status -> notifications
			.send(new OutgoingMessage("test:x", Channel.EMAIL, "a@example.com", "no-such-template", Locale.ENGLISH, Map.of(),
					Purpose.SERVICE, null))))
			.withMessageContaining("no-such-template");
		assertThatIllegalArgumentException().isThrownBy(() -> transactions.executeWithoutResult(status -> notifications
			.send(new OutgoingMessage("test:x", Channel.EMAIL, "a@example.com", "complaint-received", Locale.ENGLISH,
					Map.of("complaintNo", "TS-1"), Purpose.SERVICE, null))))
			.withMessageContaining("statusUrl");
	}

	@Test
	void manyMessagesAreEnqueuedTogetherEachOnceAndOneRefusedMessageRefusesThemAll() {
		String key = "test:" + UUID.randomUUID();
		String first = "first" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
		String second = "second" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
		transactions.executeWithoutResult(status -> notifications.sendAll(
				List.of(escalation(key, first, "TS-1"), escalation(key, second, "TS-1"), escalation(key, first, "TS-1"))));
		transactions.executeWithoutResult(status -> notifications.sendAll(List.of(escalation(key, second, "TS-1"))));

		var stored = jdbc.sql("select recipient_enc, status, params ->> 'complaintNo' from notification_outbox where event_key = ?")
			.param(key)
			.query((rs, n) -> pii.decrypt(rs.getBytes(1)) + " " + rs.getString(2) + " " + rs.getString(3)).list();
		assertThat(stored).containsExactlyInAnyOrder(first + " HELD_DEMO TS-1", second + " HELD_DEMO TS-1");

		String refused = "test:" + UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(() -> transactions.executeWithoutResult(status -> notifications
			.sendAll(List.of(escalation(refused, first, "TS-2"), new OutgoingMessage(refused, Channel.EMAIL, second,
					"no-such-template", Locale.ENGLISH, Map.of(), Purpose.SERVICE, null)))))
			.withMessageContaining("no-such-template");
		assertThat(jdbc.sql("select count(*) from notification_outbox where event_key = ?").param(refused)
			.query(Long.class).single()).isZero();
	}

	private static OutgoingMessage escalation(String key, String to, String complaintNo) {
		return new OutgoingMessage(key, Channel.EMAIL, to, "complaint-escalated", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", complaintNo, "reason", "RESOLVE", "dueAt", "2026-12-02 18:00"), Purpose.SERVICE, null);
	}

	@Test
	void aCustomersSingleUseLinkIsShownToNoStaffRoleInTheListOrOnThePageAndStillOpensForTheCustomer() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		long revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits",
				Api.json("dueDate", java.time.LocalDate.now().toString())).body().get("id").asLong();
		var sent = api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/questionnaire", null);
		assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		String key = "revisit:" + revisit + ":questionnaire:1";
		var stored = jdbc.sql("select params::text, secrets_enc from notification_outbox where event_key = ?").param(key)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).single();
		String link = Outbox.openSecrets(stored.getValue(), pii).get("url");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(token).hasSizeGreaterThanOrEqualTo(20);
		assertThat(stored.getKey()).as("the stored values of the message").doesNotContain(token);

		for (String staff : List.of("admin", "zhao.manager", "zhang.rm", "li.rm", "wang.agent", "liu.handler",
				"chen.compliance")) {
			var list = api.as(staff).get("/api/v1/notifications?size=500");
			assertThat(list.text()).as("the outbox list for " + staff).doesNotContain(token);
			if (list.status() == 200) {
				var entry = list.body().get("content").valueStream()
					.filter(e -> e.get("eventKey").asString().equals(key)).findFirst().orElseThrow();
				assertThat(entry.get("withheld").valueStream().map(v -> v.asString())).containsExactly("url");
				assertThat(entry.get("text").asString()).contains("［仅客户本人可见的链接或验证码］");
				assertThat(entry.get("recipient").asString()).contains("****");
				assertThat(page(staff, "/notifications/outbox?lang=zh-CN")).as("the outbox page for " + staff)
					.contains("［仅客户本人可见的链接或验证码］").doesNotContain(token);
			}
			else {
				assertThat(list.status()).isEqualTo(403);
			}
		}

		var customersVisit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(URI.create(link).getPath())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(customersVisit.statusCode()).as("the customer opens the link").isEqualTo(200);
		assertThat(customersVisit.body()).contains("name=\"satisfaction\"");
	}

	@Test
	void sendingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> notifications.send(new OutgoingMessage("test:y", Channel.EMAIL, "a@example.com",
				"complaint-received", Locale.ENGLISH, Map.of("complaintNo", "TS-1", "statusUrl", "u"), Purpose.SERVICE, null)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void theDemoPhonePageDoesNotExistOutsideDemoMode() throws Exception {
		HttpClient browser = SignedInPages.visitor();
		var form = SignedInPages.get(browser, port, "/public/demo-phone");
		var lookUp = SignedInPages.submit(browser, port, "/public/cases", "/public/demo-phone",
				"address=" + TestCustomers.mobile());

		assertThat(form.statusCode()).isEqualTo(404);
		assertThat(lookUp.statusCode()).isEqualTo(404);
		assertThat(page("admin", "/notifications/outbox")).doesNotContain("demo-phone");
	}

	private String page(String user, String path) throws Exception {
		HttpClient client = SignedInPages.as(user, port);
		var page = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
