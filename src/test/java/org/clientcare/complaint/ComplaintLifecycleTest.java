package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ComplaintLifecycleTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	long customer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	long complaint(Long customerId, String receivedAt) {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customerId,
				"complainantName", "投诉人", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "FEES",
				"content", "年费未经同意被扣收", "receivedAt", receivedAt));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	@Test
	void aComplaintReceivedOnSeptember30IsDueOnOctober15OnTheOfficialCalendar() {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "王五",
				"contact", "13900139000", "channel", "HOTLINE", "category", "SERVICE_ATTITUDE", "content", "柜员态度差",
				"receivedAt", "2026-09-30T16:00:00+08:00"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		var body = created.body();
		assertThat(body.get("complaintNo").asString()).matches("TS20260930\\d{6}");
		assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(body.get("ackDueAt").asString()).isEqualTo("2026-10-01T16:00+08:00");
		assertThat(body.get("resolutionDueAt").asString()).isEqualTo("2026-10-15T23:59:59+08:00");
		assertThat(body.get("regulatoryDueAt").asString()).isEqualTo("2026-10-15T16:00+08:00");
		assertThat(body.get("contact").asString()).isEqualTo("139****9000");
	}

	@Test
	void theListShowsTheComplaintsStillToResolveFirstByTheirDeadlineThenTheResolvedOnesLatestFirst() {
		long closed = complaint(customer(), null);
		String path = "/api/v1/complaints/" + closed;
		api.as("wang.agent").post(path + "/acknowledge", Api.json("message", "已受理"));
		api.as("wang.agent").post(path + "/assign", Api.json("department", "WMD", "handler", "liu.handler"));
		api.as("liu.handler").post(path + "/resolve", Api.json("resolution", "退还年费"));
		api.as("wang.agent").post(path + "/feedback", Api.json("accepted", true, "satisfaction", 5));
		long open = complaint(customer(), null);

		List<JsonNode> listed = new ArrayList<>();
		long total = 1;
		for (int page = 0; listed.size() < total; page++) {
			var answer = api.as("wang.agent").get("/api/v1/complaints?size=500&page=" + page).body();
			total = answer.get("totalElements").asLong();
			answer.get("content").forEach(listed::add);
		}

		Predicate<JsonNode> done = c -> Set.of("RESOLVED", "CLOSED")
			.contains(c.get("status").asString());
		Function<JsonNode, OffsetDateTime> due = c -> OffsetDateTime
			.parse(c.get("resolutionDueAt").asString());
		var toResolve = listed.stream().takeWhile(done.negate()).toList();
		var resolved = listed.subList(toResolve.size(), listed.size());
		assertThat(resolved).as("nothing still to resolve after the first resolved complaint").allMatch(done);
		assertThat(toResolve).extracting(due).isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(resolved).extracting(due).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(toResolve).extracting(c -> c.get("id").asLong()).contains(open);
		assertThat(resolved).extracting(c -> c.get("id").asLong()).contains(closed);
	}

	@Test
	void resolvingBeforeAcknowledgingAndClosingTwiceAreConflicts() {
		long id = complaint(customer(), null);
		String path = "/api/v1/complaints/" + id;

		assertThat(api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "退还年费")).status()).isEqualTo(409);
		assertThat(api.as("wang.agent").post(path + "/acknowledge", Api.json("message", "已受理")).status()).isEqualTo(200);
		assertThat(api.as("wang.agent").post(path + "/acknowledge", Api.json()).status()).isEqualTo(409);
		assertThat(api.as("wang.agent").post(path + "/assign", Api.json("department", "WMD", "handler", "liu.handler"))
			.body().get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(api.as("liu.handler").post(path + "/notes", Api.json("text", "核实扣费记录")).status()).isEqualTo(200);
		assertThat(api.as("liu.handler").post(path + "/resolve", Api.json("resolution", "退还年费")).body().get("status")
			.asString()).isEqualTo("RESOLVED");
		var closed = api.as("wang.agent").post(path + "/feedback", Api.json("accepted", true, "satisfaction", 5));
		assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
		assertThat(api.as("wang.agent").post(path + "/feedback", Api.json("accepted", true)).status()).isEqualTo(409);

		var timeline = api.as("wang.agent").get(path).body().get("timeline");
		assertThat(timeline.valueStream().map(e -> e.get("kind").asString()))
			.containsExactly("RECEIVED", "ACKNOWLEDGED", "ASSIGNED", "NOTE", "RESOLVED", "FEEDBACK_LINK_SENT", "CLOSED");
	}

	@Test
	void theComplainantsRejectionReopensTheComplaintAndASecondOneEscalatesIt() {
		long id = complaint(customer(), null);
		String path = "/api/v1/complaints/" + id;
		api.as("wang.agent").post(path + "/acknowledge", Api.json());
		api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "解释收费标准"));

		var reopened = api.as("wang.agent").post(path + "/feedback", Api.json("accepted", false, "satisfaction", 2));
		api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "退还一半年费"));
		var escalated = api.as("wang.agent").post(path + "/feedback", Api.json("accepted", false));

		assertThat(reopened.body().get("status").asString()).isEqualTo("REOPENED");
		assertThat(escalated.body().get("status").asString()).isEqualTo("ESCALATED");
	}

	@Test
	void oneSweepMarksAnUnacknowledgedComplaintBreachedASecondChangesNothingAndTheBreachOutlivesClosing() {
		String tenDaysAgo = OffsetDateTime.now(clock).minusDays(10).withOffsetSameInstant(ZoneOffset.ofHours(8)).toString();
		long id = complaint(customer(), tenDaysAgo);
		String path = "/api/v1/complaints/" + id;

		var first = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		var afterFirst = api.as("wang.agent").get(path).body();
		var second = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		var afterSecond = api.as("wang.agent").get(path).body();

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(afterFirst.get("breached").asBoolean()).isTrue();
		assertThat(afterFirst.get("breaches").valueStream().map(b -> b.asString())).contains("ACKNOWLEDGE");
		assertThat(afterFirst.get("escalatedAt").isNull()).isFalse();
		assertThat(second.status()).isEqualTo(200);
		assertThat(afterSecond.get("breaches")).isEqualTo(afterFirst.get("breaches"));
		assertThat(afterSecond.get("timeline")).isEqualTo(afterFirst.get("timeline"));
		assertThat(afterSecond.get("version").asLong()).isEqualTo(afterFirst.get("version").asLong());

		api.as("wang.agent").post(path + "/acknowledge", Api.json());
		api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "已处理"));
		api.as("wang.agent").post(path + "/feedback", Api.json("accepted", true));
		var closed = api.as("wang.agent").get(path).body();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("breached").asBoolean()).isTrue();
		assertThat(closed.get("breaches").valueStream().map(b -> b.asString())).contains("ACKNOWLEDGE");
	}

	@Test
	void compensationWaitsForACheckerWhoIsNotTheMakerAndTheComplaintClosesOnlyAfterTheDecision() {
		long id = complaint(customer(), null);
		String path = "/api/v1/complaints/" + id;
		api.as("wang.agent").post(path + "/acknowledge", Api.json());
		var resolved = api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "补偿损失",
				"compensationAmount", "500.00"));
		assertThat(resolved.body().get("compensationStatus").asString()).isEqualTo("PENDING");
		var waiting = Pages.all(api.as("chen.compliance"), "/api/v1/approvals").stream()
			.filter(r -> r.get("subjectId").asString().equals(Long.toString(id))).findFirst().orElseThrow();
		long request = waiting.get("id").asLong();
		assertThat(waiting.get("reason").asString()).as("the checker reads why, in the handler's words")
			.isEqualTo("补偿损失");

		var closedTooEarly = api.as("wang.agent").post(path + "/feedback", Api.json("accepted", true));
		assertThat(closedTooEarly.status()).isEqualTo(409);
		assertThat(closedTooEarly.text()).contains("compensation-pending");
		assertThat(api.as("wang.agent").get(path).body().get("status").asString()).isEqualTo("RESOLVED");

		assertThat(api.as("wang.agent").post("/api/v1/approvals/" + request + "/approve", null).status()).isEqualTo(403);
		assertThat(api.as("li.rm").post("/api/v1/approvals/" + request + "/approve", null).status())
			.as("a request outside one's remit is not there").isEqualTo(404);
		var approved = api.as("zhao.manager").post("/api/v1/approvals/" + request + "/approve", Api.json("note", "同意"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(api.as("chen.compliance").post("/api/v1/approvals/" + request + "/approve", null).status()).isEqualTo(409);
		assertThat(api.as("wang.agent").get(path).body().get("compensationStatus").asString()).isEqualTo("APPROVED");
		assertThat(api.as("wang.agent").post(path + "/feedback", Api.json("accepted", true)).body().get("status")
			.asString()).isEqualTo("CLOSED");
	}

	@Test
	void anApprovedExtensionMovesTheRegulatoryDeadlineTo30DaysAfterReceipt() {
		long id = complaint(customer(), "2026-11-02T09:30:00+08:00");
		String path = "/api/v1/complaints/" + id;

		var requested = api.as("wang.agent").post(path + "/extend", Api.json("days", 30, "reason", "需调取外部机构材料"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		api.as("chen.compliance").post("/api/v1/approvals/" + requested.body().get("id").asLong() + "/approve", null);

		assertThat(api.as("wang.agent").get(path).body().get("regulatoryDueAt").asString())
			.isEqualTo("2026-12-02T09:30+08:00");
	}

	@Test
	void anExtensionOfTenDaysMovesTheRegulatoryDeadlineTo25DaysAfterReceiptAndAFurther30To55() {
		long id = complaint(customer(), "2026-11-02T09:30:00+08:00");
		String path = "/api/v1/complaints/" + id;

		var first = api.as("wang.agent").post(path + "/extend", Api.json("days", 10, "reason", "需调取外部机构材料"));
		assertThat(first.status()).as(first.text()).isEqualTo(202);
		assertThat(first.body().get("summary").asString()).endsWith(": +10 days");
		api.as("chen.compliance").post("/api/v1/approvals/" + first.body().get("id").asLong() + "/approve", null);
		assertThat(api.as("wang.agent").get(path).body().get("regulatoryDueAt").asString())
			.isEqualTo("2026-11-27T09:30+08:00");

		var second = api.as("wang.agent").post(path + "/extend", Api.json("days", 30, "reason", "情况特别复杂"));
		api.as("chen.compliance").post("/api/v1/approvals/" + second.body().get("id").asLong() + "/approve", null);
		assertThat(api.as("wang.agent").get(path).body().get("regulatoryDueAt").asString())
			.isEqualTo("2026-12-27T09:30+08:00");
	}

	@Test
	void anExtensionOfNoDaysOrOfMoreThan30IsRefusedNamingTheDays() {
		long id = complaint(customer(), null);

		for (int days : new int[] { 0, 31, -5 }) {
			var refused = api.as("wang.agent").post("/api/v1/complaints/" + id + "/extend",
					Api.json("days", days, "reason", "需调取外部机构材料"));
			assertThat(refused.status()).as(refused.text()).isEqualTo(400);
			assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("days");
		}
	}

	@Test
	void theComplaintPageAsksHowManyDaysMoreAndSendsThem() throws Exception {
		long id = complaint(customer(), null);
		HttpClient browser = SignedInPages.as("wang.agent", port);
		String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/complaints/" + id + "?lang=en"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("name=\"days\"", "More days (up to 30 from receipt, then a further 30)");
		String csrf = SignedInPages.csrf(page);

		var sent = SignedInPages.post(browser, port, "/complaints/" + id + "/extend",
				"days=12&text=" + URLEncoder.encode("等待鉴定结论", StandardCharsets.UTF_8), csrf);

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(Pages.all(api.as("chen.compliance"), "/api/v1/approvals").toString())
			.contains(api.as("wang.agent").get("/api/v1/complaints/" + id).body().get("complaintNo").asString() + ": +12 days");
	}

	@Test
	void complaintsFollowTheDataScope() {
		long zhangs = complaint(customer(), null);

		assertThat(api.as("zhang.rm").get("/api/v1/complaints/" + zhangs).status()).isEqualTo(200);
		assertThat(api.as("li.rm").get("/api/v1/complaints/" + zhangs).status()).isEqualTo(404);
		assertThat(api.as("liu.handler").get("/api/v1/complaints/" + zhangs).status()).isEqualTo(404);
		api.as("wang.agent").post("/api/v1/complaints/" + zhangs + "/acknowledge", Api.json());
		api.as("wang.agent").post("/api/v1/complaints/" + zhangs + "/assign", Api.json("department", "WMD"));
		assertThat(api.as("liu.handler").get("/api/v1/complaints/" + zhangs).status()).isEqualTo(200);
		long customer = api.as("liu.handler").get("/api/v1/complaints/" + zhangs).body().get("customerId").asLong();
		assertThat(api.as("liu.handler").get("/api/v1/customers/" + customer).status()).isEqualTo(200);
		assertThat(api.as("li.rm").post("/api/v1/complaints/" + zhangs + "/notes", Api.json("text", "x")).status())
			.isEqualTo(404);
	}

	@Test
	void badRegistrationsAreRefusedNamingTheField() {
		var badCategory = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "某人",
				"contact", "13900139000", "channel", "HOTLINE", "category", "NOPE", "content", "x"));
		var badContact = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "某人",
				"contact", "12345", "channel", "HOTLINE", "category", "FEES", "content", "x"));
		var badChannel = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "某人",
				"contact", "13900139000", "channel", "PIGEON", "category", "FEES", "content", "x"));

		assertThat(badCategory.body().get("errors").get(0).get("field").asString()).isEqualTo("category");
		assertThat(badContact.body().get("errors").get(0).get("field").asString()).isEqualTo("contact");
		assertThat(badChannel.body().get("errors").get(0).get("field").asString()).isEqualTo("channel");
		assertThat(api.as("chen.compliance").post("/api/v1/complaints", Api.json("complainantName", "某人",
				"contact", "13900139000", "channel", "HOTLINE", "category", "FEES", "content", "x")).status()).isEqualTo(403);
	}
}
