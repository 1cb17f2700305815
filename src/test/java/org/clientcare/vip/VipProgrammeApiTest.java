package org.clientcare.vip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The corporate VIP programme over the API: a branch proposes, head office submits, and the year's list takes effect
 * only when a second head-office person approves it; its maker cannot. Mid-year changes and executives' cards wait for
 * approval too.
 */
@IntegrationTest
class VipProgrammeApiTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	/** A year of its own for each test: the programme of a year is one for the whole institution. */
	static final AtomicInteger YEARS = new AtomicInteger(2060);

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	TestStaff staff;

	String headOffice;

	String secondHeadOffice;

	int year;

	/**
	 * Two head-office people. Administrators of HQ here: a branch manager of HQ (the demo's {@code sun.hq}, walked in
	 * the browser journey) would become the supervisor of the departments' work for every class sharing this database.
	 */
	@BeforeEach
	void headOffice() {
		staff = new TestStaff(api);
		headOffice = staff.user("ADMIN", "HQ");
		secondHeadOffice = staff.user("ADMIN", "HQ");
		year = YEARS.incrementAndGet();
	}

	long corporate(String deposits, String depositsAYearAgo) {
		var body = TestCustomers.corporate("SH-PD");
		body.put("relationshipSince", "2015-03-01");
		var created = api.as("admin").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		figures(id, TODAY.minusYears(1), depositsAYearAgo);
		figures(id, TODAY, deposits);
		return id;
	}

	void figures(long customer, LocalDate asOf, String deposits) {
		var put = api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", Api.json("asOf", asOf.toString(),
				"aum", "0", "avgDailyDeposits", deposits, "annualContribution", "1200000.00"));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
	}

	Api.Response propose(String user, long customer, String level) {
		return api.as(user).post("/api/v1/vip-programme/" + year + "/candidates",
				Api.json("customerId", customer, "level", level, "reason", "日均存款居分行前列"));
	}

	Api.Response as(String user, String method, String path, Object body) {
		Api caller = user.equals(headOffice) || user.equals(secondHeadOffice) ? staff.as(user) : api.as(user);
		return caller.send(method, path, body, java.util.Map.of());
	}

	JsonNode programme(String user) {
		var answer = as(user, "GET", "/api/v1/vip-programme/" + year, null);
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.body();
	}

	long submitted() {
		var submit = as(headOffice, "POST", "/api/v1/vip-programme/" + year + "/submit", Api.json("reason", "年度名单"));
		assertThat(submit.status()).as(submit.text()).isEqualTo(202);
		return submit.body().get("approvalId").asLong();
	}

	JsonNode approve(String user, long request) {
		var decided = as(user, "POST", "/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);
		return decided.body();
	}

	@Test
	void theVipListOfAYearCannotTakeEffectBeforeHeadOfficeApprovesItAndItsMakerCannotApprove() {
		long customer = corporate("300000000.00", "250000000.00");
		assertThat(propose("zhao.manager", customer, "DIAMOND").status()).isEqualTo(201);

		JsonNode draft = programme("zhao.manager");
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("members")).isEmpty();
		JsonNode candidate = draft.get("candidates").get(0);
		assertThat(candidate.get("customerId").asLong()).isEqualTo(customer);
		assertThat(candidate.get("levelName").asString()).isIn("钻石", "Diamond");
		assertThat(candidate.get("figures").get("avgDailyDeposits").decimalValue()).isEqualByComparingTo("300000000");
		assertThat(candidate.get("figures").get("growthPct").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(candidate.get("figures").get("relationshipYears").asInt()).isGreaterThanOrEqualTo(10);

		long request = submitted();
		assertThat(programme("zhao.manager").get("status").asString()).isEqualTo("PROPOSED");
		assertThat(programme("zhao.manager").get("members")).isEmpty();

		var byMaker = as(headOffice, "POST", "/api/v1/approvals/" + request + "/approve", Api.json());
		assertThat(byMaker.status()).as(byMaker.text()).isEqualTo(403);
		assertThat(byMaker.contentType()).startsWith("application/problem+json");
		assertThat(as("zhao.manager", "POST", "/api/v1/approvals/" + request + "/approve", Api.json()).status())
			.as("a branch is not head office").isEqualTo(404);
		assertThat(programme("zhao.manager").get("members")).isEmpty();

		approve(secondHeadOffice, request);

		JsonNode approved = programme("zhao.manager");
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		JsonNode member = approved.get("members").get(0);
		assertThat(member.get("customerId").asLong()).isEqualTo(customer);
		assertThat(member.get("level").asString()).isEqualTo("DIAMOND");
		assertThat(LocalDate.parse(member.get("since").asString())).isAfterOrEqualTo(LocalDate.of(year, 1, 1));
		assertThat(approved.get("approval").get("decidedBy").asString()).isEqualTo(secondHeadOffice);
	}

	@Test
	void headOfficeAdjustsTheLevelAndExcludesCandidatesOfADraftAndOnlyTheRestBecomeMembers() {
		long first = corporate("600000000.00", "500000000.00");
		long second = corporate("60000000.00", "70000000.00");
		propose("zhao.manager", first, "DIAMOND");
		propose("zhao.manager", second, "PLATINUM");

		var byBranch = as("zhao.manager", "PUT", "/api/v1/vip-programme/" + year + "/candidates/" + first,
				Api.json("level", "SUPREME", "reason", "总行调整"));
		assertThat(byBranch.status()).as("a branch does not adjust").isEqualTo(403);
		var adjusted = as(headOffice, "PUT", "/api/v1/vip-programme/" + year + "/candidates/" + first,
				Api.json("level", "SUPREME", "rank", 1, "reason", "全行日均存款第一"));
		assertThat(adjusted.status()).as(adjusted.text()).isEqualTo(200);
		assertThat(as(headOffice, "PUT", "/api/v1/vip-programme/" + year + "/candidates/" + second,
				Api.json("level", "PLATINUM", "excluded", true, "reason", "存款下降")).status()).isEqualTo(200);
		assertThat(as("zhao.manager", "POST", "/api/v1/vip-programme/" + year + "/submit", Api.json("reason", "x"))
			.status()).as("a branch does not submit the list").isEqualTo(403);

		approve(secondHeadOffice, submitted());

		JsonNode members = programme(headOffice).get("members");
		assertThat(members).hasSize(1);
		assertThat(members.get(0).get("customerId").asLong()).isEqualTo(first);
		assertThat(members.get(0).get("level").asString()).isEqualTo("SUPREME");
		var late = as(headOffice, "PUT", "/api/v1/vip-programme/" + year + "/candidates/" + second,
				Api.json("level", "GOLD", "reason", "补充"));
		assertThat(late.status()).as("a list in force changes only through an approved change").isEqualTo(409);
	}

	@Test
	void aMidYearDowngradeOnBadCreditTakesEffectOnlyOnceHeadOfficeApprovesIt() {
		long customer = corporate("300000000.00", "300000000.00");
		propose("zhao.manager", customer, "DIAMOND");
		approve(secondHeadOffice, submitted());

		var change = api.as("zhao.manager").post("/api/v1/vip-programme/" + year + "/members/" + customer + "/changes",
				Api.json("level", "GOLD", "reason", "客户出现不良信用记录"));
		assertThat(change.status()).as(change.text()).isEqualTo(202);
		long request = change.body().get("approvalId").asLong();
		assertThat(programme(headOffice).get("members").get(0).get("level").asString()).isEqualTo("DIAMOND");
		assertThat(api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", Api.json()).status())
			.isEqualTo(403);

		approve(headOffice, request);

		assertThat(programme(headOffice).get("members").get(0).get("level").asString()).isEqualTo("GOLD");
		JsonNode vip = api.as("zhao.manager").get("/api/v1/customers/" + customer + "/vip").body();
		assertThat(vip.get("history").valueStream().map(e -> e.get("event").asString()).toList())
			.contains("PROPOSED", "ADMITTED", "CHANGE_REQUESTED", "CHANGED");
	}

	@Test
	void aChangeOfLevelReadsOnTheAuditTrailByTheVipLevelsNamesAsTheVipPagesNameThem() throws Exception {
		long customer = corporate("300000000.00", "300000000.00");
		propose("zhao.manager", customer, "GOLD");
		approve(secondHeadOffice, submitted());
		var change = api.as("zhao.manager").post("/api/v1/vip-programme/" + year + "/members/" + customer + "/changes",
				Api.json("level", "SUPREME", "reason", "年度存款大幅增长"));
		assertThat(change.status()).as(change.text()).isEqualTo(202);
		var compliance = SignedInPages.as("chen.compliance", port);

		for (String lang : new String[] { "zh-CN", "en" }) {
			String trail = SignedInPages.get(compliance, port,
					"/audit?entityType=customer&entityId=" + customer + "&lang=" + lang).body();
			int start = trail.indexOf("title=\"vip.change-requested\"");
			assertThat(start).as("the change on the trail").isPositive();
			String requested = trail.substring(start, trail.indexOf("</tr>", start));
			assertThat(requested.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ")).as("the change in " + lang)
				.contains(lang.equals("en") ? "from: Gold" : "原为: 金", lang.equals("en") ? "to: Supreme" : "改为: 尊崇");
		}
	}

	@Test
	void anExecutivesPersonalVipCardIsItsOwnRequestAndOnlyForAVipInForce() {
		long customer = corporate("300000000.00", "300000000.00");
		long other = corporate("1000000.00", "1000000.00");
		propose("zhao.manager", customer, "DIAMOND");
		approve(secondHeadOffice, submitted());

		var card = api.as("zhao.manager").post("/api/v1/vip-programme/" + year + "/cards", Api.json("customerId",
				customer, "holderName", "周总", "holderTitle", "财务总监", "reason", "高管个人贵宾卡申请"));
		assertThat(card.status()).as(card.text()).isEqualTo(202);
		approve(headOffice, card.body().get("approvalId").asLong());
		JsonNode cards = programme(headOffice).get("cards");
		assertThat(cards.get(0).get("status").asString()).isEqualTo("APPROVED");

		var notAVip = api.as("zhao.manager").post("/api/v1/vip-programme/" + year + "/cards", Api.json("customerId",
				other, "holderName", "钱总", "holderTitle", "总经理", "reason", "申请"));
		assertThat(notAVip.status()).as(notAVip.text()).isEqualTo(409);
	}

	@Test
	void aBranchProposesOnlyCorporateCustomersOfItsOwnAndOnceEach() {
		long customer = corporate("300000000.00", "300000000.00");
		long person = staff.customer("SH-PD", "zhang.rm");

		assertThat(propose("li.rm", customer, "GOLD").status()).as("outside an account manager's scope").isEqualTo(404);
		assertThat(propose("zhang.rm", person, "GOLD").status()).as("account managers do not propose").isEqualTo(403);
		var individual = propose("zhao.manager", person, "GOLD");
		assertThat(individual.status()).isEqualTo(400);
		assertThat(individual.text()).contains("\"field\":\"customerId\"");
		var badLevel = propose("zhao.manager", customer, "BRONZE");
		assertThat(badLevel.status()).isEqualTo(400);
		assertThat(badLevel.text()).contains("\"field\":\"level\"");
		var noReason = api.as("zhao.manager").post("/api/v1/vip-programme/" + year + "/candidates",
				Api.json("customerId", customer, "level", "GOLD"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.text()).contains("\"field\":\"reason\"");

		assertThat(propose("zhao.manager", customer, "GOLD").status()).isEqualTo(201);
		assertThat(propose("zhao.manager", customer, "GOLD").status()).isEqualTo(409);
		assertThat(programme("li.rm").get("candidates")).as("li.rm sees none of Pudong's customers").isEmpty();
	}

	@Test
	void aBadYearIsNamedAndAYearWithoutAProgrammeIsNotFound() {
		var word = api.as("zhao.manager").get("/api/v1/vip-programme/next");
		assertThat(word.status()).isEqualTo(400);
		assertThat(word.text()).contains("\"field\":\"year\"");
		assertThat(api.as("zhao.manager").get("/api/v1/vip-programme/1999").status()).isEqualTo(400);
		assertThat(api.as("zhao.manager").get("/api/v1/vip-programme/2100").status()).isEqualTo(404);
	}
}
