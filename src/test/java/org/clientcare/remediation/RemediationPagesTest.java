package org.clientcare.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The remediation pages read as staff read them. */
@IntegrationTest
class RemediationPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void theListAndTheRemediationNameTheProductInThePagesLanguageBesideItsCode() throws Exception {
		long customer = api.as("zhang.rm")
			.post("/api/v1/customers",
					TestCustomers.bornOn(LocalDate.now().minusYears(62).minusDays(30), "SH-PD", "zhang.rm"))
			.body().get("id").asLong();
		api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(), "customerId",
				customer, "type", "PURCHASE", "productCode", "INS-01", "amount", "30000.00", "occurredAt",
				OffsetDateTime.now().minusHours(1).toString()));
		long revisit = await().until(() -> api.as("zhang.rm").get("/api/v1/revisits?customerId=" + customer).body()
			.get("content").valueStream().filter(r -> !r.get("hesitationEndsOn").isNull()).findFirst(),
				java.util.Optional::isPresent)
			.orElseThrow().get("id").asLong();
		api.as("zhang.rm").post("/api/v1/revisits/" + revisit + "/outcome", Api.json("method", "PHONE", "reached", true,
				"script", RemediationTest.script(true), "notes", "客户称销售承诺年化5%"));
		long id = await().until(() -> api.as("zhao.manager").get("/api/v1/remediations?customerId=" + customer).body()
			.get("content"), content -> content.size() == 1).get(0).get("id").asLong();
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		for (String lang : new String[] { "zh-CN", "en" }) {
			String product = lang.equals("en") ? "Lifelong life insurance" : "福寿年年终身寿险";
			String named = ">" + product + "</span> <span class=\"mono muted\">INS-01</span>";
			assertThat(row(listing(manager, id, lang), "remediation-" + id)).as("the row in " + lang).contains(named);
			assertThat(page(manager, "/remediations/" + id + "?lang=" + lang)).as("the remediation in " + lang)
				.contains(named);
			assertThat(page(manager, "/remediations/figures?lang=" + lang)).as("the figures in " + lang).contains(named);
		}
	}

	/** The page of the open remediations that lists this one, turning the pages as a user would. */
	private String listing(HttpClient browser, long id, String lang) throws Exception {
		for (int page = 0; page < 100; page++) {
			String listing = page(browser, "/remediations?view=open&page=" + page + "&lang=" + lang);
			if (listing.contains("id=\"remediation-" + id + "\"")) {
				return listing;
			}
			assertThat(listing).as("a next page").contains("page=" + (page + 1));
		}
		throw new AssertionError("the remediation is not listed");
	}

	private String page(HttpClient browser, String path) throws Exception {
		var response = SignedInPages.get(browser, port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static String row(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		return page.substring(start, page.indexOf("</tr>", start));
	}
}
