package org.clientcare.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages name people and units as a reader knows them: a staff member by the display name, the system's own steps (a
 * migration, the SLA sweep) by the word for the system in the page's language, an org unit by its name; never by a
 * username or a code.
 */
@IntegrationTest
class NamesOnPagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void theCasePageNamesTheAgentWhoOpenedItAndMovedItOnByTheDisplayName() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var opened = api.as("wang.agent").post("/api/v1/cases",
				Api.json("customerId", customer, "type", "OTHER", "title", "代办存单质押"));
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);

		String page = page("wang.agent", "/cases/" + opened.body().get("id").asLong() + "?lang=zh-CN");

		assertThat(page).contains("王芳 · ").contains("<td>王芳</td>").doesNotContain("wang.agent");
	}

	@Test
	void theCustomerPageNamesTheManagerOfAVisitInTheTimelineAndTheAuthorOfADiaryNote() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var visit = api.as("zhang.rm").post("/api/v1/visits", Api.json("customerId", customer, "kind", "ROUTINE",
				"method", "PHONE", "occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).toString(),
				"purpose", "季度问候", "summary", "客户一切安好。"));
		assertThat(visit.status()).as(visit.text()).isEqualTo(201);
		api.as("zhang.rm").post("/api/v1/customers/" + customer + "/diary", Api.json("kind", "PHONE", "text", "电话问候"));
		await().atMost(Duration.ofSeconds(30)).until(() -> page("zhang.rm", "/customers/" + customer + "?lang=zh-CN")
			.contains("季度问候，客户经理 "));

		String chinese = page("zhang.rm", "/customers/" + customer + "?lang=zh-CN");
		String english = page("zhang.rm", "/customers/" + customer + "?lang=en");

		assertThat(chinese).contains("季度问候，客户经理 张伟").doesNotContain("客户经理 zhang.rm")
			.contains("电话问候</span> <small class=\"muted\">张伟</small>");
		assertThat(english).contains("季度问候, by 张伟");
	}

	@Test
	void theCampaignPageNamesTheManagerWhoCreatedIt() throws Exception {
		var created = api.as("zhao.manager").post("/api/v1/campaigns", Api.json("name", "网点装修通知", "purpose",
				"SERVICE", "channel", "SMS", "segment", Map.of("orgUnits", List.of("SH-PD")), "template",
				Map.of("zh-CN", "网点下周装修，暂停营业三天。", "en", "The branch closes for three days next week.")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);

		String page = page("zhao.manager", "/care/campaigns/" + created.body().get("id").asLong() + "?lang=en");

		assertThat(page).contains("<dd>赵明</dd>").doesNotContain("<dd>zhao.manager</dd>");
	}

	@Test
	void theCalendarSaysTheSystemLoadedTheShippedYearInTheReadersLanguage() throws Exception {
		assertThat(page("zhang.rm", "/calendar?year=2026&lang=zh-CN")).contains("由 系统 载入").doesNotContain("system:");
		assertThat(page("zhang.rm", "/calendar?year=2026&lang=en")).contains("by System").doesNotContain("system:");
	}

	@Test
	void theKpiScopeNamesTheUnitAndTheManager() throws Exception {
		String page = page("zhao.manager", "/kpis?orgUnit=SH-PD&manager=zhang.rm&lang=zh-CN");

		assertThat(page).contains("机构 浦东支行 · 客户经理 张伟").doesNotContain("机构 SH-PD");
	}

	@Test
	void theInquiryPageNamesTheStaffMemberItWasAssignedTo() throws Exception {
		var created = api.as("wang.agent").post("/api/v1/inquiries", Api.json("name", "赵六", "contact",
				TestCustomers.mobile(), "channel", "HOTLINE", "question", "大额存单利率多少？"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		var assigned = api.as("wang.agent").post("/api/v1/inquiries/" + id + "/assign", Api.json("assignee", "wang.agent"));
		assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);

		assertThat(page("wang.agent", "/inquiries/" + id + "?lang=zh-CN")).contains("class=\"prewrap\">王芳</span>")
			.doesNotContain("class=\"prewrap\">wang.agent</span>");
	}

	@Test
	void theUsersPageNamesEachUsersUnit() throws Exception {
		assertThat(page("admin", "/admin/users?lang=zh-CN")).contains("title=\"SH-PD\">浦东支行</td>")
			.doesNotContain("<td>SH-PD</td>");
		assertThat(page("admin", "/admin/users?lang=en")).contains("title=\"SH-PD\">Pudong sub-branch</td>");
	}

	private String page(String user, String path) throws Exception {
		HttpClient browser = SignedInPages.as(user, port);
		var answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body();
	}
}
