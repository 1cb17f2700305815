package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the complaint and inquiry pages and the home page's overdue complaints say about them. */
@IntegrationTest
class ComplaintPagesTest {

	private static final Pattern OVERDUE_TILE = Pattern
		.compile("href=\"/complaints\\?overdue=true\" id=\"todo-complaintsOverdue\">\\s*<span class=\"figure\">(\\d+)<");

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aComplaintAndAnInquiryNameTheirCustomerByItsCustomerNumberLinkedToTheCustomerInEachLanguage() throws Exception {
		var customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body();
		long customerId = customer.get("id").asLong();
		String customerNo = customer.get("customerNo").asString();
		long complaint = complaint(customerId);
		var inquiry = api.as("wang.agent").post("/api/v1/inquiries", Api.json("customerId", customerId, "name", "赵六",
				"contact", TestCustomers.mobile(), "channel", "HOTLINE", "question", "网银登录不了怎么办？"));
		assertThat(inquiry.status()).as(inquiry.text()).isEqualTo(201);
		HttpClient agent = SignedInPages.as("wang.agent", port);

		String link = "href=\"/customers/" + customerId + "\">" + customerNo + "</a>";
		assertThat(page(agent, "/complaints/" + complaint + "?lang=zh-CN")).contains("客户号", link)
			.doesNotContain(">" + customerId + "</a>");
		assertThat(page(agent, "/complaints/" + complaint + "?lang=en")).contains("Customer no.", link);
		assertThat(page(agent, "/inquiries/" + inquiry.body().get("id").asLong() + "?lang=zh-CN")).contains("客户号", link)
			.doesNotContain(">" + customerId + "</a>");
		assertThat(page(agent, "/inquiries/" + inquiry.body().get("id").asLong() + "?lang=en")).contains("Customer no.",
				link);
	}

	@Test
	void aCompensationWaitingForApprovalReadsWithThousandsSeparatorsOnTheApprovalsPageInEachLanguage() throws Exception {
		long complaint = complaint(
				api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
					.get("id").asLong());
		assertThat(api.as("wang.agent").post("/api/v1/complaints/" + complaint + "/acknowledge", Api.json()).status())
			.isEqualTo(200);
		var resolved = api.as("wang.agent").post("/api/v1/complaints/" + complaint + "/resolve",
				Api.json("resolution", "补偿损失", "compensationAmount", "36000.00"));
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		String complaintNo = resolved.body().get("complaintNo").asString();
		HttpClient maker = SignedInPages.as("wang.agent", port);

		assertThat(page(maker, "/approvals?lang=zh-CN")).contains("投诉 " + complaintNo + "：补偿 36,000.00 元")
			.doesNotContain("36000.00");
		assertThat(page(maker, "/approvals?lang=en")).contains("Complaint " + complaintNo + ": compensation of CNY 36,000.00")
			.doesNotContain("36000.00");
	}

	@Test
	void theComplaintsTimelineTellsTheCompensationAskedForGroupedByThousandsWithTheApprovalRequestInEachLanguage()
			throws Exception {
		long complaint = complaint(
				api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
					.get("id").asLong());
		assertThat(api.as("wang.agent").post("/api/v1/complaints/" + complaint + "/acknowledge", Api.json()).status())
			.isEqualTo(200);
		assertThat(api.as("wang.agent").post("/api/v1/complaints/" + complaint + "/resolve",
				Api.json("resolution", "补偿损失", "compensationAmount", "36000.00")).status()).isEqualTo(200);
		HttpClient agent = SignedInPages.as("wang.agent", port);

		assertThat(page(agent, "/complaints/" + complaint + "?lang=zh-CN")).containsPattern("36,000.00 元（审批申请 #\\d+）")
			.doesNotContain("36000.00 CNY");
		assertThat(page(agent, "/complaints/" + complaint + "?lang=en"))
			.containsPattern("CNY 36,000.00 \\(approval request #\\d+\\)")
			.doesNotContain("36000.00 CNY");
	}

	@Test
	void aComplaintAcknowledgedLateCountsAsOverdueForEveryoneWhoSeesItBeforeTheSweepRecordsItAsAfter() throws Exception {
		HttpClient admin = SignedInPages.as("admin", port);
		HttpClient compliance = SignedInPages.as("chen.compliance", port);
		long complaint = complaint(
				api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
					.get("id").asLong());
		clock.advance(Duration.ofDays(3));
		assertThat(api.as("wang.agent").post("/api/v1/complaints/" + complaint + "/acknowledge", Api.json()).status())
			.isEqualTo(200);

		long late = overdueTile(admin);
		assertThat(late).isEqualTo(overdueTile(compliance)).isEqualTo(overdueListed());
		// the sweep records the missed acknowledgement: the complaint was overdue already, the count stays
		assertThat(api.as("admin").post("/api/v1/jobs/sla-sweep/run", Api.json()).status()).isEqualTo(200);
		assertThat(overdueTile(admin)).isEqualTo(late).isEqualTo(overdueTile(compliance)).isEqualTo(overdueListed());
	}

	private long complaint(long customerId) {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customerId,
				"complainantName", "客户", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES",
				"content", "年费扣收有异议"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	private long overdueListed() {
		return api.as("chen.compliance").get("/api/v1/complaints?overdue=true&size=1").body().get("totalElements")
			.asLong();
	}

	private long overdueTile(HttpClient user) throws Exception {
		Matcher tile = OVERDUE_TILE.matcher(page(user, "/?lang=zh-CN"));
		assertThat(tile.find()).as("the overdue complaints tile").isTrue();
		return Long.parseLong(tile.group(1));
	}

	private String page(HttpClient client, String path) throws Exception {
		var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
