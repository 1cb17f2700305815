package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Compliance sets and releases legal holds on the retention page (SPEC §11), in both languages. */
@IntegrationTest
class RetentionPagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void complianceSetsALegalHoldOnTheRetentionPageSeesItListedAndReleasesIt() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		String customerNo = api.as("chen.compliance").get("/api/v1/customers/" + customer).body().get("customerNo").asString();
		HttpClient compliance = SignedInPages.as("chen.compliance", port);

		String held = post(compliance, "/privacy/retention/holds",
				"customerId=" + customer + "&reason=" + URLEncoder.encode("涉诉：法院调取交易记录", StandardCharsets.UTF_8));

		assertThat(held).contains("Legal holds", "The legal hold is set", customerNo, "涉诉：法院调取交易记录", "陈静");
		Matcher release = Pattern.compile("action=\"(/privacy/retention/holds/([0-9]+)/release)\"").matcher(held);
		assertThat(release.find()).isTrue();
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).text())
			.contains("customer.legal-hold-set");

		String released = post(compliance, release.group(1), "");

		assertThat(released).contains("The legal hold is released.").doesNotContain("id=\"hold-" + release.group(2) + "\"");
	}

	@Test
	void aHoldWithoutAKnownCustomerOrAReasonIsRefusedNamingWhatIsMissingInChinese() throws Exception {
		HttpClient compliance = SignedInPages.as("chen.compliance", port);
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();

		String unknown = post(compliance, "/privacy/retention/holds?lang=zh-CN", "customerId=999999999&reason=litigation");
		String noReason = post(compliance, "/privacy/retention/holds?lang=zh-CN", "customerId=" + customer + "&reason=+");

		assertThat(unknown).contains("法律保全", "在您可见的客户中没有此编号的客户。").doesNotContain("??");
		assertThat(noReason).contains("请填写保全原因");
	}

	@Test
	void aBranchManagerMayNotSetALegalHold() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		HttpClient manager = SignedInPages.as("zhao.manager", port);
		String page = manager.send(HttpRequest.newBuilder(uri("/customers/" + customer)).build(),
				HttpResponse.BodyHandlers.ofString()).body();

		var refused = SignedInPages.post(manager, port, "/privacy/retention/holds",
				"customerId=" + customer + "&reason=litigation", SignedInPages.csrf(page));

		assertThat(refused.statusCode()).isEqualTo(403);
	}

	/** Posts the form as the page does and answers the page the redirect leads to. */
	private String post(HttpClient client, String path, String body) throws Exception {
		String page = client.send(HttpRequest.newBuilder(uri("/privacy/retention?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		var posted = SignedInPages.post(client, port, path, body, SignedInPages.csrf(page));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		String location = posted.headers().firstValue("Location").orElseThrow();
		var shown = client.send(HttpRequest.newBuilder(uri(URI.create(location).getPath())).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(shown.statusCode()).isEqualTo(200);
		return shown.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
