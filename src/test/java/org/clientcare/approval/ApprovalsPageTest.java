package org.clientcare.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The approvals page shows the requests waiting for the checker twenty at a time with the pager of the other list
 * pages, and the home page's to-do counts every one of them, however many newer requests wait for others.
 */
@IntegrationTest
class ApprovalsPageTest {

	private static final Pattern ROW = Pattern.compile("/approvals/\\d+/approve");

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	HttpClient checker;

	String otherBranch;

	@BeforeEach
	void twentyFiveRequestsWaitForTheManagerOfANewBranch() throws Exception {
		TestStaff staff = new TestStaff(api);
		String branch = staff.subBranch();
		String makerName = staff.user("ACCOUNT_MANAGER", branch);
		Api maker = staff.as(makerName);
		String checkerName = staff.user("BRANCH_MANAGER", branch);
		for (int i = 0; i < 25; i++) {
			long customer = staff.customer(branch, makerName);
			var requested = maker.post("/api/v1/customers/" + customer + "/tier-override",
					Api.json("tier", "DIAMOND", "reason", "战略客户"));
			assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		}
		checker = SignedInPages.as(checkerName, TestStaff.PASSWORD, port);
		otherBranch = staff.subBranch();
	}

	@AfterEach
	void removeTheRequestsOfTheOtherBranch() {
		jdbc.sql("delete from approval_request where subject_type = 'qa-test' and summary = :branch")
			.param("branch", otherBranch).update();
	}

	@Test
	void theFirstPageShowsTwentyOfTheTwentyFiveWithALinkToTheNextAndTheSecondTheLastFive() throws Exception {
		String first = page("/approvals?lang=en");
		String second = page("/approvals?page=1&lang=en");

		assertThat(rows(first)).isEqualTo(20);
		assertThat(first).contains("25 requests wait for your decision.").contains("href=\"/approvals?page=1\"")
			.doesNotContain("href=\"/approvals?page=0\"");
		assertThat(rows(second)).isEqualTo(5);
		assertThat(second).contains("href=\"/approvals?page=0\"").doesNotContain("href=\"/approvals?page=2\"");
		assertThat(page("/approvals?lang=zh-CN")).contains("共 25 条待您审批。");
	}

	@Test
	void theHomePageCountsAllTwentyFiveWhenFiveHundredNewerRequestsWaitForAnotherBranch() throws Exception {
		long unit = jdbc.sql("select id from org_unit where code = :code").param("code", otherBranch).query(Long.class)
			.single();
		for (int i = 0; i < 501; i++) {
			jdbc.sql("""
					insert into approval_request (type, subject_type, subject_id, org_unit_id, summary, payload, reason,
					  requested_by, requested_at, status)
					values ('tiering.override', 'qa-test', :subject, :unit, :branch, '{}'::jsonb, 'newer', 'someone.else',
					  now(), 'PENDING')""")
				.param("subject", otherBranch + "-" + i).param("unit", unit).param("branch", otherBranch).update();
		}

		assertThat(page("/")).containsPattern("id=\"todo-approvals\"[^>]*>\\s*<span class=\"figure\">25</span>");
		assertThat(rows(page("/approvals"))).isEqualTo(20);
	}

	@Test
	void theMakerStillSeesItsRequestWhenTwoThousandNewerOnesWereMadeByOthers() throws Exception {
		TestStaff staff = new TestStaff(api);
		String branch = staff.subBranch();
		String makerName = staff.user("ACCOUNT_MANAGER", branch);
		long customer = staff.customer(branch, makerName);
		var requested = staff.as(makerName).post("/api/v1/customers/" + customer + "/tier-override",
				Api.json("tier", "DIAMOND", "reason", "战略客户"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		long mine = requested.body().get("id").asLong();
		long unit = jdbc.sql("select id from org_unit where code = :code").param("code", otherBranch).query(Long.class)
			.single();
		jdbc.sql("""
				insert into approval_request (type, subject_type, subject_id, org_unit_id, summary, payload, reason,
				  requested_by, requested_at, status)
				select 'tiering.override', 'qa-test', :branch || '-' || n, :unit, :branch, '{}'::jsonb, 'newer',
				  'someone.else', now(), 'PENDING' from generate_series(1, 2001) n""")
			.param("unit", unit).param("branch", otherBranch).update();

		String page = SignedInPages.as(makerName, TestStaff.PASSWORD, port)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/approvals?lang=en")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();

		assertThat(page).doesNotContain("You have made no requests.").contains("<td class=\"mono\">" + mine + "</td>");
	}

	private String page(String path) throws Exception {
		var answer = checker.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private static int rows(String html) {
		Matcher row = ROW.matcher(html);
		int count = 0;
		while (row.find()) {
			count++;
		}
		return count;
	}
}
