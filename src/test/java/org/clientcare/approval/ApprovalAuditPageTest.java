package org.clientcare.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit page words an approval request's summary as the approvals page does, in the reader's language. */
@IntegrationTest
class ApprovalAuditPageTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void aRequestedExtensionReadsInChineseOnTheChinesePageAndInEnglishOnTheEnglishOneBesideTheRecordAsWritten() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer,
				"complainantName", "投诉人", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES",
				"content", "年费未经同意被扣收"));
		long complaintId = complaint.body().get("id").asLong();
		String number = complaint.body().get("complaintNo").asString();
		long request = api.as("wang.agent").post("/api/v1/complaints/" + complaintId + "/extend",
				Api.json("days", 10, "reason", "需调取外部机构材料")).body().get("id").asLong();
		HttpClient compliance = SignedInPages.as("chen.compliance", port);

		String chinese = page(compliance, "/audit?entityType=approval&entityId=" + request + "&lang=zh-CN");
		String english = page(compliance, "/audit?entityType=approval&entityId=" + request + "&lang=en");

		assertThat(chinese).contains("投诉 " + number + "：监管答复时限延期 10 天（第 1 次）")
			.as("the record itself, shown as written").contains("&quot;summary&quot;:&quot;" + number + ": +10 days&quot;");
		assertThat(english).contains("Complaint " + number + ": regulatory deadline extended by 10 days (extension 1)");
	}

	private String page(HttpClient browser, String path) throws Exception {
		var answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}
}
