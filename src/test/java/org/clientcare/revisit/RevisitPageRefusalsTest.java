package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A revisit outcome the page refuses reads in the page's language naming the fields, never the API's English. */
@IntegrationTest
class RevisitPageRefusalsTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void anOutcomeWithoutTheContactMethodOrWhetherReachedIsRefusedInChineseAndInEnglish() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		long revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits", Api.json("notes", "跟进"))
			.body().get("id").asLong();
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String chinese = outcome(manager, revisit, "zh-CN");
		String english = outcome(manager, revisit, "en");

		assertThat(chinese).contains("请选择联系方式。; 请选择是否联系上客户。").doesNotContain("Whether the customer was reached");
		assertThat(english).contains("Choose how the customer was contacted.; Say whether the customer was reached.");
	}

	@Test
	void anOutcomeRefusedKeepsTheMethodTheSatisfactionAndTheNotesTypedInItsRow() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		long revisit = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/revisits", Api.json("notes", "跟进"))
			.body().get("id").asLong();
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String row = outcome(manager, revisit, "zh-CN", "method=VISIT&satisfaction=4&notes="
				+ URLEncoder.encode("客户在外地，下周再约", StandardCharsets.UTF_8));

		assertThat(row).contains("请选择是否联系上客户。", "<option value=\"VISIT\" selected=\"selected\">",
				"<option value=\"4\" selected=\"selected\">", "value=\"客户在外地，下周再约\"");
	}

	private String outcome(HttpClient client, long id, String language) throws Exception {
		return outcome(client, id, language, "notes=x");
	}

	private String outcome(HttpClient client, long id, String language, String form) throws Exception {
		String page = SignedInPages.get(client, port, "/revisits?lang=" + language).body();
		var posted = SignedInPages.post(client, port, "/revisits/" + id + "/outcome", form, SignedInPages.csrf(page),
				"HX-Request", "true");
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		return posted.body();
	}
}
