package org.clientcare.suitability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The suitability pages driven as a browser would: the assessment form, the 360 section, the alert queue. */
@IntegrationTest
class SuitabilityPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.clientcare.shared.pii.PiiCipher pii;

	@Test
	void aManagerAssessesChecksAndRecordsAnAcknowledgmentThroughThePagesAndComplianceSeesTheResult() throws Exception {
		JsonNode created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"))
			.body();
		long customer = created.get("id").asLong();
		String customerNo = created.get("customerNo").asString();
		HttpClient browser = SignedInPages.as("zhang.rm", port);
		String form = get(browser, "/customers/" + customer + "/risk-assessment?lang=en");
		JsonNode questions = api.as("zhang.rm").get("/api/v1/risk-questionnaires/current").body().get("questions");
		StringBuilder answers = new StringBuilder();
		for (int i = 0; i < questions.size(); i++) {
			// The third option of each: 3 points × 10 = 30, growth (C4).
			answers.append('&').append(questions.get(i).get("id").asString()).append('=')
				.append(questions.get(i).get("options").get(2).get("id").asString());
		}

		var incomplete = post(browser, "/customers/" + customer + "/risk-assessment", form, "age=age-A");
		var assessed = post(browser, "/customers/" + customer + "/risk-assessment", form, answers.substring(1));
		post(browser, "/customers/" + customer + "/suitability-check", form, "productCode=P-R5");
		var acknowledged = post(browser, "/customers/" + customer + "/risk-acknowledgment", form,
				"productCode=P-R5&signedAt=2026-11-01T10:00&note=" + URLEncoder.encode("客户已签字", StandardCharsets.UTF_8));

		assertThat(incomplete.statusCode()).isEqualTo(200);
		assertThat(incomplete.body()).contains("q-horizon", "field-error");
		assertThat(assessed.statusCode()).isEqualTo(302);
		assertThat(acknowledged.headers().firstValue("Location").orElse("")).contains("acknowledged");
		String page = get(browser, "/customers/" + customer + "?lang=en");
		assertThat(page).contains("C4 growth", "Mismatch", "P-R5", "客户已签字");
		assertThat(get(browser, "/customers/" + customer + "?lang=zh-CN")).contains("C4 成长型", "不匹配");
		post(browser, "/customers/" + customer + "/risk-questionnaire-link", form, "");
		assertThat(get(browser, "/customers/" + customer + "?lang=en"))
			.as("the manager learns where the link went, never the link")
			.contains("questionnaire-link-sent", "A single-use questionnaire link went to the customer at 1")
			.doesNotContain("/public/risk-questionnaire/");

		String sale = "SP-" + UUID.randomUUID();
		long transaction = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", sale, "customerId",
				customer, "type", "PURCHASE", "productCode", "P-R5", "amount", "1000000.00", "occurredAt",
				OffsetDateTime.now().minusMinutes(1).toString())).body().get("id").asLong();
		await("the check of the purchase").until(() -> jdbc.queryForObject("select count(*) from suitability_check"
				+ " where customer_id = ? and transaction_id is not null", Long.class, customer), n -> n > 0);
		HttpClient compliance = SignedInPages.as("chen.compliance", port);
		String link = "href=\"/customers/" + customer + "\">" + customerNo + "</a>";
		assertThat(get(compliance, "/suitability/mismatches?lang=en"))
			.contains(link, "Customer no.", "客户已签字", "Private equity wealth plan", ">" + sale + "</td>")
			.doesNotContain(">" + customer + "</a>", ">" + transaction + "</td>");
		assertThat(get(browser, "/customers/" + customer + "?lang=en")).as("the check of the purchase")
			.contains("reported purchase " + sale);
		assertThat(get(compliance, "/suitability/mismatches?lang=zh-CN")).contains(link, "客户号", "私享权益私募理财");
		assertThat(get(compliance, "/suitability/alerts?lang=en")).contains("Suitability alerts");
	}

	@Test
	void complianceClosesAnAlertFromTheQueue() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		long transaction = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "SP-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "P-R3", "amount", "1000.00", "occurredAt",
				OffsetDateTime.now().minusMinutes(1).toString())).body().get("id").asLong();
		Long alert = await("an alert for the purchase").until(() -> jdbc.queryForList(
				"select id from suitability_alert where transaction_id = ?", Long.class, transaction), ids -> !ids.isEmpty())
			.get(0);
		HttpClient compliance = SignedInPages.as("chen.compliance", port);
		String queue = get(compliance, "/suitability/alerts?lang=zh-CN");
		assertThat(queue).contains("alert-" + alert, "未测评");

		var closed = post(compliance, "/suitability/alerts/" + alert + "/close", queue,
				"finding=" + URLEncoder.encode("已补做测评", StandardCharsets.UTF_8));

		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select finding from suitability_alert where id = ?", String.class, alert))
			.isEqualTo("已补做测评");
	}

	@Test
	void theAlertsAndTheDualRecordingsNameTheCustomerByItsCustomerNumberAndTheProductByItsNameInEachLanguage()
			throws Exception {
		JsonNode created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers
			.bornOn(java.time.LocalDate.now().minusYears(62).minusDays(30), "SH-PD", "zhang.rm")).body();
		long customer = created.get("id").asLong();
		String link = "href=\"/customers/" + customer + "\">" + created.get("customerNo").asString() + "</a>";
		String sale = "SP-" + UUID.randomUUID();
		long transaction = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", sale,
				"customerId", customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "30000.00", "occurredAt",
				OffsetDateTime.now().minusMinutes(1).toString())).body().get("id").asLong();
		await("the alerts of the purchase").until(() -> jdbc.queryForObject(
				"select count(*) from suitability_alert where transaction_id = ? and kind = 'NO_DUAL_RECORDING'", Long.class,
				transaction), n -> n > 0);
		HttpClient compliance = SignedInPages.as("chen.compliance", port);

		for (String lang : new String[] { "zh-CN", "en" }) {
			String heading = lang.equals("en") ? "Customer no." : "客户号";
			String product = lang.equals("en") ? "Lifelong life insurance" : "福寿年年终身寿险";
			assertThat(row(get(compliance, "/suitability/alerts?lang=" + lang), "alert-")).as("the alert")
				.contains(link, product, ">" + sale + "</td>")
				.doesNotContain(">" + customer + "</a>", ">" + transaction + "</td>");
			assertThat(get(compliance, "/suitability/alerts?lang=" + lang)).contains(heading);
			String missing = recordingsListing(compliance, transaction, lang);
			assertThat(missing).contains(heading).doesNotContain(">" + customer + "</a>");
			assertThat(missing.substring(missing.indexOf("id=\"recording-" + transaction + "\""))).contains(link, product,
					"/suitability/recordings/" + transaction + "\">" + sale + "</a>");
			assertThat(get(compliance, "/suitability/recordings/" + transaction + "?lang=" + lang))
				.contains(heading, link, product, "<h1>" + (lang.equals("en") ? "Dual recording of sale " + sale
						: "销售 " + sale + " 的双录") + "</h1>")
				.doesNotContain(">" + customer + "</a>");
		}
	}

	/** The first row of a list page whose id starts so, up to the end of the row. */
	private static String row(String page, String idPrefix) {
		int start = page.indexOf("id=\"" + idPrefix);
		assertThat(start).as("a row " + idPrefix).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	/** The page of the missing recordings that lists this sale, turning the pages as a user would. */
	private String recordingsListing(HttpClient browser, long transaction, String lang) throws Exception {
		for (int page = 0; page < 100; page++) {
			String listing = get(browser, "/suitability/recordings?status=MISSING&page=" + page + "&lang=" + lang);
			if (listing.contains("id=\"recording-" + transaction + "\"")) {
				return listing;
			}
			assertThat(listing).as("a next page").contains("page=" + (page + 1));
		}
		throw new AssertionError("the sale is not listed");
	}

	@Test
	void aCustomerAnswersThroughASingleUseLinkOnceAndOnlyOnce() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var issued = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/risk-questionnaire-links", Api.json());
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		assertThat(issued.body().get("sentTo").asString()).as("where the link went, masked").contains("****");
		assertThat(issued.text()).doesNotContain("/public/risk-questionnaire/");
		// The customer's SMS carries the link; the outbox keeps it encrypted.
		byte[] sealed = jdbc.queryForObject("select secrets_enc from notification_outbox where event_key like 'risk-questionnaire-link:%' "
				+ "and customer_id = ?", byte[].class, customer);
		String path = URI.create(org.clientcare.notification.internal.Outbox.openSecrets(sealed, pii).get("url")).getPath();
		HttpClient visitor = SignedInPages.visitor();
		String form = get(visitor, path + "?lang=zh-CN");
		JsonNode questions = api.as("zhang.rm").get("/api/v1/risk-questionnaires/current").body().get("questions");
		StringBuilder answers = new StringBuilder();
		for (int i = 0; i < questions.size(); i++) {
			answers.append('&').append(questions.get(i).get("id").asString()).append('=')
				.append(questions.get(i).get("options").get(0).get("id").asString());
		}

		var incomplete = post(visitor, path, form, "age=age-A");
		var done = post(visitor, path, form, answers.substring(1) + "&lang=zh-CN");
		var again = visitor.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(incomplete.statusCode()).isEqualTo(200);
		assertThat(incomplete.body()).contains("field-error");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		assertThat(done.body()).contains("C1 保守型");
		assertThat(again.statusCode()).isEqualTo(410);
		// the level in the other language, for this browser only: the used link shows nothing any more
		assertThat(done.body()).contains("href=\"/public/risk-questionnaire/done?lang=en\"");
		var inEnglish = visitor.send(HttpRequest.newBuilder(uri("/public/risk-questionnaire/done?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inEnglish.statusCode()).isEqualTo(200);
		assertThat(inEnglish.body()).contains("C1 conservative");
		assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/public/risk-questionnaire/done")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).as("another browser").isEqualTo(410);
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + customer + "/risk-assessments").body().at("/content/0/level")
			.asString()).isEqualTo("C1");
		assertThat(visitor.send(HttpRequest.newBuilder(uri("/public/risk-questionnaire/not-a-real-token-at-all")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410);
		assertThat(api.as("li.rm").post("/api/v1/customers/" + customer + "/risk-questionnaire-links", Api.json()).status())
			.isEqualTo(404);
	}

	private String get(HttpClient browser, String path) throws Exception {
		var page = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("??");
		return page.body();
	}

	private HttpResponse<String> post(HttpClient browser, String path, String pageWithToken, String form) throws Exception {
		return SignedInPages.post(browser, port, path, form, SignedInPages.csrf(pageWithToken));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Test
	void theDefaultQuestionnaireListsTheAgeBandsFromTheYoungestToTheOldest() {
		assertThat(jdbc.queryForList("select text_en from risk_question_option where version = 1 and question_id = 'age'"
				+ " order by position", String.class)).containsExactly("18–30", "31–50", "51–65", "Over 65");
	}

}
