package org.clientcare.assignment;

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
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The queue page assigns with one click, and the 360 page shows the desk with the history it leaves. */
@IntegrationTest
class AssignmentPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void oneClickInTheQueueAssignsTheCustomerAndItsPageShowsTheDeskWithTheHistory() throws Exception {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String boss = staff.user("BRANCH_MANAGER", unit);
		String manager = staff.user("ACCOUNT_MANAGER", unit);
		long customer = staff.customer(unit, null);
		String path = "/api/v1/customers/" + customer;
		api.as("admin").put(path + "/credit-line", Api.json("amount", "800000"));
		api.as("admin").post(path + "/diary", Api.json("kind", "PHONE", "text", "电话联系，约定面谈"));
		api.as("admin").post(path + "/opportunities", Api.json("source", "网点到访", "product", "INS-01",
				"expectedAmount", "300000", "stage", "PROPOSAL"));
		var plan = api.as("admin").post(path + "/plans", Api.json("year", 2027, "goals", "存款提升至 50 万", "actions",
				"每季度上门一次"));
		assertThat(plan.status()).as(plan.text()).isEqualTo(201);
		HttpClient browser = SignedInPages.as(boss, TestStaff.PASSWORD, port);

		String queue = send(browser, get("/assignment/unassigned?lang=en")).body();
		assertThat(queue).contains("/customers/" + customer, "value=\"" + manager + "\"");
		var assigned = SignedInPages.post(browser, port, "/assignment/unassigned/" + customer + "?lang=en",
				"manager=" + manager, SignedInPages.csrf(queue), "HX-Request", "true");

		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		assertThat(assigned.body()).contains("Assigned to 测试员工").doesNotContain("<html");
		assertThat(send(browser, get("/assignment/unassigned?lang=en")).body()).contains("Every customer in your units");
		for (String lang : new String[] { "en", "zh-CN" }) {
			var page = send(browser, get("/customers/" + customer + "?lang=" + lang));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"desk\"", "测试员工", "电话联系，约定面谈", "INS-01", "800,000.00")
				.doesNotContain("??");
			// the plan's year as a year is written, never as a number with a thousands separator
			assertThat(page.body()).contains("en".equals(lang) ? "Goals 2027" : "2027 年目标").doesNotContain("2,027");
		}
		assertThat(send(browser, get("/assignment/managers?lang=en")).body()).contains(manager);
	}

	@Test
	void theBranchManagerGivesACustomerAnotherManagerOnItsPageAndABlankReasonIsNamed() throws Exception {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String boss = staff.user("BRANCH_MANAGER", unit);
		String first = staff.user("ACCOUNT_MANAGER", unit);
		String second = staff.user("ACCOUNT_MANAGER", unit);
		long customer = staff.customer(unit, first);
		HttpClient browser = SignedInPages.as(boss, TestStaff.PASSWORD, port);
		String page = send(browser, get("/customers/" + customer + "?lang=en")).body();
		assertThat(page).contains("id=\"reassign-form\"", "value=\"" + second + "\"").doesNotContain("value=\"" + first + "\"");
		assertThat(send(SignedInPages.as(first, TestStaff.PASSWORD, port), get("/customers/" + customer)).body())
			.as("an account manager may not reassign").doesNotContain("id=\"reassign-form\"");

		var blank = reassign(browser, page, customer, "manager=" + second + "&source=HANDOVER&reason=%20");
		var done = reassign(browser, page, customer, "manager=" + second + "&source=HANDOVER&reason=" + URLEncoder
			.encode("调岗移交", StandardCharsets.UTF_8));

		assertThat(blank.headers().firstValue("Location").orElse("")).endsWith("?reassignError=reason#desk");
		assertThat(send(browser, get("/customers/" + customer + "?reassignError=reason&lang=zh-CN")).body())
			.contains("请填写更换原因（不超过 500 字）。");
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("?reassigned#desk");
		assertThat(api.as("admin").get("/api/v1/customers/" + customer + "/assignments").text()).contains(second,
				"HANDOVER", "调岗移交");
		assertThat(send(browser, get("/customers/" + customer + "?reassigned&lang=en")).body())
			.contains("The customer has a new account manager.", "Handover");
	}

	private HttpResponse<String> reassign(HttpClient browser, String page, long customer, String form) throws Exception {
		return SignedInPages.post(browser, port, "/customers/" + customer + "/manager", form, SignedInPages.csrf(page));
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build();
	}

	private HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
