package org.clientcare.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.clientcare.appointment.Reception;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer in the restricted state (PIPL: deletion asked, the law keeps the data) carries the restricted badge on every
 * page that shows it — its case, inquiry, visit, appointment, walk-in ticket and privacy request, in the lists and on
 * the detail pages; the records behind a KPI; its dual recording in the queue and on its own page; its risk assessment
 * form; the booking form for it; its account manager's home page worklist; the retention job's dry run — and a
 * customer beside it on the same list does not. Lists are read by the customers' own account
 * manager, who sees only them.
 */
@IntegrationTest
class RestrictedBadgePagesTest {

	private static final String BADGE = "badge restricted";

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aRestrictedCustomerIsBadgedOnEveryPageThatShowsItAndItsNeighbourIsNot() throws Exception {
		Reception branch = Reception.open(api, 1, "OTHER");
		String advisor = branch.advisors().get(0);
		// 62 years old, so that an insurance sale to it needs a dual recording; a customer of more than two months, so
		// that the revisit its tier plans is due on the home page
		var restrictedBody = TestCustomers.bornOn(java.time.LocalDate.parse("1963-11-20"), branch.unit(), advisor);
		restrictedBody.put("relationshipSince", "2025-12-01");
		var otherBody = TestCustomers.individual(branch.unit(), advisor);
		long restricted = api.as("admin").post("/api/v1/customers", restrictedBody).body().get("id").asLong();
		long other = api.as("admin").post("/api/v1/customers", otherBody).body().get("id").asLong();
		clock.fixAt(java.time.LocalDateTime.parse("2026-02-25T10:00").atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant());
		long caseId = created(api.as("admin").post("/api/v1/cases",
				Api.json("customerId", restricted, "type", "OTHER", "title", "代办")));
		long otherCase = created(api.as("admin").post("/api/v1/cases",
				Api.json("customerId", other, "type", "OTHER", "title", "代办")));
		long inquiry = created(api.as("admin").post("/api/v1/inquiries", Api.json("customerId", restricted, "name",
				restrictedBody.get("name"), "contact", TestCustomers.mobile(), "channel", "HOTLINE", "question", "年费怎么收？")));
		created(branch.as(api, 0).post("/api/v1/visits", Api.json("customerId", restricted, "kind", "BUSINESS", "method",
				"ON_SITE", "occurredAt", "2026-02-25T09:00:00+08:00", "purpose", "介绍养老规划", "summary", "客户关注养老金。")));
		created(api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "OTHER",
				"start", "2026-02-26T13:00+08:00", "customerId", restricted)));
		created(api.as("wang.agent").post("/api/v1/appointments", Api.json("orgUnit", branch.unit(), "service", "OTHER",
				"start", "2026-02-26T15:00+08:00", "customerId", other)));
		created(api.as("wang.agent").post("/api/v1/walk-ins", Api.json("orgUnit", branch.unit(), "service", "OTHER",
				"customerId", restricted)));
		long complaint = created(api.as("admin").post("/api/v1/complaints", Api.json("customerId", restricted,
				"complainantName", restrictedBody.get("name"), "contact", TestCustomers.mobile(), "channel", "HOTLINE",
				"category", "FEES", "content", "年费扣收有异议")));
		long otherComplaint = created(api.as("admin").post("/api/v1/complaints", Api.json("customerId", other,
				"complainantName", otherBody.get("name"), "contact", TestCustomers.mobile(), "channel", "HOTLINE",
				"category", "FEES", "content", "年费扣收有异议")));
		assertThat(api.as("core.feed").put("/api/v1/customers/" + restricted + "/metrics",
				Api.json("asOf", "2026-02-24", "aum", "7000000.00")).status()).isEqualTo(200);
		await().until(() -> branch.as(api, 0).get("/api/v1/revisits?assignee=me&status=OPEN").body()
			.get("totalElements").asLong(), open -> open > 0);
		long sale = created(api.as("core.feed").post("/api/v1/transactions", Api.json("externalId",
				"CORE-" + java.util.UUID.randomUUID(), "customerId", restricted, "type", "PURCHASE", "productCode", "INS-01",
				"amount", "30000.00", "occurredAt", "2026-02-24T10:00:00+08:00")));
		await().until(() -> api.as("admin").get("/api/v1/sale-recordings/" + sale).status(), status -> status == 200);
		long request = restrict(restricted);
		String caseNo = api.as("admin").get("/api/v1/cases/" + caseId).body().get("caseNo").asString();
		String otherCaseNo = api.as("admin").get("/api/v1/cases/" + otherCase).body().get("caseNo").asString();
		String name = (String) restrictedBody.get("name");

		assertThat(page("admin", "/cases/" + caseId)).contains("id=\"customer-restricted\"");
		assertThat(page("admin", "/cases/" + otherCase)).doesNotContain(BADGE);
		String cases = page(advisor, "/cases");
		assertThat(row(cases, caseNo)).contains(BADGE);
		assertThat(row(cases, otherCaseNo)).doesNotContain(BADGE);
		assertThat(page("admin", "/inquiries/" + inquiry)).contains("id=\"customer-restricted\"");
		assertThat(row(page(advisor, "/inquiries"), name)).contains(BADGE);
		assertThat(row(page(advisor, "/visits?customerId=" + restricted), name)).contains(BADGE);
		String day = page("wang.agent", "/appointments?orgUnit=" + branch.unit() + "&date=2026-02-26");
		assertThat(row(day, name)).contains(BADGE);
		assertThat(row(day, (String) otherBody.get("name"))).doesNotContain(BADGE);
		assertThat(row(page("wang.agent", "/appointments/walk-ins?orgUnit=" + branch.unit()), name)).contains(BADGE);
		assertThat(page("chen.compliance", "/privacy/" + request)).contains("id=\"customer-restricted\"");

		String complaints = page("admin", "/kpis/records?code=COMPLAINT_COUNT&period=MONTH&date=2026-02-25&orgUnit="
				+ branch.unit());
		assertThat(row(complaints, "/complaints/" + complaint + "\"")).contains(BADGE);
		assertThat(row(complaints, "/complaints/" + otherComplaint + "\"")).doesNotContain(BADGE);
		assertThat(row(page("chen.compliance", "/suitability/recordings?status=MISSING"), "recording-" + sale + "\""))
			.contains(BADGE);
		assertThat(page("chen.compliance", "/suitability/recordings/" + sale)).contains("id=\"customer-restricted\"");
		assertThat(page(advisor, "/customers/" + restricted + "/risk-assessment")).contains("id=\"customer-restricted\"");
		assertThat(page(advisor, "/customers/" + other + "/risk-assessment")).doesNotContain(BADGE);
		assertThat(page("wang.agent", "/appointments/new?customerId=" + restricted + "&orgUnit=" + branch.unit()))
			.contains("id=\"customer-restricted\"");
		String home = page(advisor, "/");
		String dueToday = home.substring(home.indexOf("id=\"due-today\""));
		assertThat(dueToday.substring(0, dueToday.indexOf("</section>"))).contains(name).contains(BADGE);

		jdbc.update("update customer set status = 'CLOSED', closed_at = ? where id = ?",
				java.sql.Timestamp.valueOf("2015-01-10 12:00:00"), restricted);
		assertThat(row(page("chen.compliance", "/privacy/retention"), "/customers/" + restricted + "\"")).contains(BADGE);
	}

	@Test
	void theModulesThatKnowNoCustomerCodeBadgeARestrictedCustomerFromThePublishedViewAndTheComplaintPagesDoToo()
			throws Exception {
		var restrictedBody = TestCustomers.individual("SH-PD", "zhang.rm");
		var otherBody = TestCustomers.individual("SH-PD", "zhang.rm");
		long restricted = api.as("admin").post("/api/v1/customers", restrictedBody).body().get("id").asLong();
		long other = api.as("admin").post("/api/v1/customers", otherBody).body().get("id").asLong();
		long complaint = created(api.as("admin").post("/api/v1/complaints", Api.json("customerId", restricted,
				"complainantName", restrictedBody.get("name"), "contact", TestCustomers.mobile(), "channel", "HOTLINE",
				"category", "FEES", "content", "年费扣收有异议")));
		long otherComplaint = created(api.as("admin").post("/api/v1/complaints", Api.json("customerId", other,
				"complainantName", otherBody.get("name"), "contact", TestCustomers.mobile(), "channel", "HOTLINE",
				"category", "FEES", "content", "年费扣收有异议")));
		long extension = created(api.as("admin").post("/api/v1/complaints/" + complaint + "/extend",
				Api.json("days", 30, "reason", "需调取外部机构材料")), 202);
		long otherExtension = created(api.as("admin").post("/api/v1/complaints/" + otherComplaint + "/extend",
				Api.json("days", 30, "reason", "需调取外部机构材料")), 202);
		// the first stage of a loan application tells the customer by SMS: a message to it in the outbox
		created(api.as("admin").post("/api/v1/cases", Api.json("customerId", restricted, "type", "LOAN_APPLICATION",
				"title", "个人消费贷款")));
		restrict(restricted);

		String approvals = page("admin", "/approvals");
		assertThat(row(approvals, ">" + extension + "<")).contains(BADGE);
		assertThat(row(approvals, ">" + otherExtension + "<")).doesNotContain(BADGE);
		String customerTrail = page("chen.compliance", "/audit?entityType=customer&entityId=" + restricted);
		assertThat(row(customerTrail, "客户数据限制处理")).contains(BADGE);
		assertThat(page("chen.compliance", "/audit?entityType=customer&entityId=" + other)).doesNotContain(BADGE);
		assertThat(row(page("chen.compliance", "/audit?entityType=complaint&entityId=" + complaint), "投诉 "
				+ complaint)).contains(BADGE);
		assertThat(page("chen.compliance", "/audit?entityType=complaint&entityId=" + otherComplaint))
			.doesNotContain(BADGE);
		assertThat(page("admin", "/complaints/" + complaint)).contains("id=\"customer-restricted\"");
		assertThat(page("admin", "/complaints/" + otherComplaint)).doesNotContain(BADGE);
		long message = jdbc.queryForObject("select max(id) from notification_outbox where customer_id = ?", Long.class,
				restricted);
		String outbox = page("admin", "/notifications/outbox?status=" + jdbc.queryForObject(
				"select status from notification_outbox where id = ?", String.class, message));
		assertThat(row(outbox, "id=\"notification-" + message + "\"")).contains(BADGE);
	}

	private long created(Api.Response response, int status) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		return response.body().get("id").asLong();
	}

	private long created(Api.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body().get("id").asLong();
	}

	/** A deletion request the law does not allow yet, answered by compliance: the customer is restricted. */
	private long restrict(long customer) {
		long request = created(api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", customer,
				"kind", "DELETION", "channel", "BRANCH")));
		var answer = api.as("chen.compliance").post("/api/v1/privacy-requests/" + request + "/answer",
				Api.json("answer", "依法保存，限制处理"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return request;
	}

	/** The table row of the page that contains the text. */
	private static String row(String html, String text) {
		int at = html.indexOf(text);
		assertThat(at).as("the page shows " + text).isNotNegative();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

	private String page(String user, String path) throws Exception {
		HttpClient browser = SignedInPages.as(user, user.startsWith("adv") ? Reception.PASSWORD : "demo", port);
		var page = browser.send(HttpRequest.newBuilder(uri(path + (path.contains("?") ? "&" : "?") + "lang=zh-CN"))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
