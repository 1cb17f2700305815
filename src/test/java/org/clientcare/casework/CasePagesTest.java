package org.clientcare.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case step the page refuses reads in the page's language, naming what is wrong, never the API's English; a new case
 * it refuses comes back with what was typed and chosen.
 */
@IntegrationTest
class CasePagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void aPauseWithoutAReasonAndASecondChecklistAreRefusedInChinese() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		long id = api.as("zhang.rm").post("/api/v1/cases", Api.json("customerId", customer, "type", "LOAN_APPLICATION",
				"title", "住房贷款")).body().get("id").asLong();
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String noReason = post(manager, id, "pause", "text=+", "zh-CN");
		post(manager, id, "checklist", "text=" + URLEncoder.encode("身份证\n收入证明", StandardCharsets.UTF_8), "zh-CN");
		String again = post(manager, id, "checklist", "text=" + URLEncoder.encode("房产证", StandardCharsets.UTF_8), "zh-CN");
		String resumeOpen = post(manager, id, "resume", "", "en");

		assertThat(noReason).contains("原因：必填").doesNotContain("characters, not blank");
		assertThat(again).contains("已一次性告知所需材料").doesNotContain("ask once, as one list");
		assertThat(resumeOpen).contains("This step is not possible in the case").doesNotContain("cannot take the step");
	}

	@Test
	void theCaseListAndTheAgingReportHeadTheirFirstColumnWithTheCaseNumberInEitherLanguage() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		api.as("zhang.rm").post("/api/v1/cases", Api.json("customerId", customer, "type", "LOAN_APPLICATION", "title",
				"经营贷款"));
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String list = page(manager, "/cases?lang=zh-CN");
		String aging = page(manager, "/cases/aging?lang=en");

		assertThat(list).contains("<th>业务编号</th>").doesNotContain("<th>否</th>");
		assertThat(aging).contains("<th>Case no.</th>").doesNotContain("<th>No</th>");
	}

	@Test
	void aNewCaseTheFormRefusesComesBackWithItsTitleAmountComplexityAndDepartmentsKept() throws Exception {
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		// no customer number: the form comes back refused
		var refused = SignedInPages.submit(manager, port, "/cases/new?lang=zh-CN", "/cases", "type=LOAN_APPLICATION&title="
				+ URLEncoder.encode("经营贷款续贷", StandardCharsets.UTF_8) + "&amount=1200000&complex=true&departments=WMD");

		assertThat(refused.body()).contains("请填写客户编号", "value=\"经营贷款续贷\"", "value=\"1200000\"",
				"name=\"complex\" value=\"true\" checked=\"checked\"", "value=\"WMD\" checked=\"checked\"");
		assertThat(refused.body()).doesNotContain("value=\"CSD\" checked");
	}

	private String page(HttpClient client, String path) throws Exception {
		var answer = client.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	/** Posts a step of the case as its page does, and answers the page the redirect leads to. */
	private String post(HttpClient client, long id, String step, String form, String language) throws Exception {
		var posted = SignedInPages.submit(client, port, "/cases/" + id + "?lang=" + language, "/cases/" + id + "/" + step,
				form);
		assertThat(posted.statusCode()).isEqualTo(302);
		return SignedInPages.get(client, port, posted.headers().firstValue("Location").orElseThrow()).body();
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}
}
