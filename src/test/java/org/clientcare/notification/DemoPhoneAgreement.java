package org.clientcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.support.Api;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo installation (SPEC §1, §13): its messages never leave it, yet staff, administrators included, see that a
 * customer's link was sent and never the link; the customer's side is the demo phone page, where whoever types the
 * customer's mobile number or e-mail address reads what was sent to it, link included. Runs as
 * {@code DemoDataTest.DemoPhone}, on the demo's context, so that the demo starts and loads in one test JVM only.
 */
public abstract class DemoPhoneAgreement {

	@LocalServerPort
	int port;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Api api;

	@Test
	void anAdministratorOfTheDemoSeesThatALinkWasSentButNeverTheLinkInTheApiOrOnTheOutboxPage() throws Exception {
		String key = "test:" + UUID.randomUUID();
		String token = token();
		sendLink(key, Channel.SMS, TestCustomers.mobile(), token);
		String email = "demo" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
		String mailed = token();
		sendLink(key, Channel.EMAIL, email, mailed);

		var answer = api.as("admin").get("/api/v1/notifications?size=200");
		var sent = answer.body().get("content").valueStream().filter(m -> m.get("eventKey").asString().equals(key)).toList();
		String held = page("admin", "/notifications/outbox?status=HELD_DEMO&lang=en");

		assertThat(sent).hasSize(2).allMatch(m -> m.get("withheld").toString().contains("url"));
		assertThat(answer.text()).doesNotContain(token, mailed);
		assertThat(held).contains("questionnaire here: [link or code for the customer only]").doesNotContain(token, mailed);
	}

	@Test
	void theDemoPhoneShowsTheCustomersLinkToWhoeverTypesTheirNumberAndNothingForAnotherNumber() throws Exception {
		String mobile = TestCustomers.mobile();
		String other = TestCustomers.mobile();
		String token = token();
		sendLink("test:" + UUID.randomUUID(), Channel.SMS, mobile, token);
		var phone = new SignedInPages.Browser(port);

		var form = phone.get("/public/demo-phone?lang=en");
		var own = phone.post("/public/demo-phone", "address=" + enc(mobile.substring(0, 3) + " " + mobile.substring(3)));
		var another = phone.post("/public/demo-phone", "address=" + other);

		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Demo phone", "Mobile number or e-mail address");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("href=\"http://localhost/public/risk-questionnaire/" + token + "\"",
				"Open the link", "risk tolerance questionnaire")
			.doesNotContain("[link or code for the customer only]");
		assertThat(another.statusCode()).isEqualTo(200);
		assertThat(another.body()).contains("No messages for this number or address.").doesNotContain(token);
	}

	@Test
	void theDemoPhoneFindsAnEmailAddressHoweverItIsCapitalisedAndSpeaksChinese() throws Exception {
		String email = "phone" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";
		String token = token();
		sendLink("test:" + UUID.randomUUID(), Channel.EMAIL, email, token);
		var phone = new SignedInPages.Browser(port);

		phone.get("/public/demo-phone?lang=zh-CN");
		var inbox = phone.post("/public/demo-phone", "address=" + enc(email.toUpperCase(Locale.ROOT)));

		assertThat(inbox.body()).contains("演示手机", "打开链接", token, "name=\"address\"")
			.doesNotContain("Open the link");
	}

	@Test
	void theDemoPhoneFindsAnEmailQueuedInBulkToTheAddressACustomerHasOnFileAsItFindsTheirTextMessage() throws Exception {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		String email = "OnFile" + ThreadLocalRandom.current().nextInt(1_000_000) + "@Example.com";
		registration.put("email", email);
		long id = api.as("admin").post("/api/v1/customers", registration).body().get("id").asLong();
		String mailed = token();
		String texted = token();
		String key = "test:" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> notifications.sendToCustomers(java.util.List.of(
				onFile(key, Channel.EMAIL, id, mailed), onFile(key, Channel.SMS, id, texted))));
		var phone = new SignedInPages.Browser(port);

		phone.get("/public/demo-phone?lang=en");
		var mailbox = phone.post("/public/demo-phone", "address=" + enc(email.toLowerCase(Locale.ROOT)));
		var texts = phone.post("/public/demo-phone", "address=" + enc((String) registration.get("phone")));

		assertThat(mailbox.body()).contains(mailed).doesNotContain(texted);
		assertThat(texts.body()).contains(texted).doesNotContain(mailed);
	}

	@Test
	void anAddressThatIsNeitherANumberNorAnEmailIsRefusedWithA400Page() throws Exception {
		var phone = new SignedInPages.Browser(port);
		phone.get("/public/demo-phone?lang=en");

		var refused = phone.post("/public/demo-phone", "address=" + enc("not an address"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Please enter a mobile number or an e-mail address.");
	}

	@Test
	void theSignInPageOfTheDemoTellsWhereTheCustomersMessagesAre() throws Exception {
		var signIn = new SignedInPages.Browser(port).get("/login?lang=en");

		assertThat(signIn.body()).contains("href=\"/public/demo-phone\"", "the demo phone");
	}

	private void sendLink(String key, Channel channel, String address, String token) {
		transactions.executeWithoutResult(status -> notifications.send(new OutgoingMessage(key, channel, address,
				"risk-questionnaire", Locale.ENGLISH, Map.of(), Purpose.SERVICE, null)
			.withSecret("url", "http://localhost/public/risk-questionnaire/" + token)));
	}

	private static CustomerMessage onFile(String key, Channel channel, long customer, String token) {
		return new CustomerMessage(key, channel, new org.clientcare.shared.CustomerId(customer), "risk-questionnaire",
				Locale.ENGLISH, Map.of(), Purpose.SERVICE, Map.of("url", "http://localhost/public/risk-questionnaire/" + token));
	}

	private static String token() {
		return "tok" + UUID.randomUUID().toString().replace("-", "");
	}

	private String page(String user, String path) throws Exception {
		var page = SignedInPages.as(user, port).send(HttpRequest.newBuilder(SignedInPages.uri(port, path))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return page.body();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
