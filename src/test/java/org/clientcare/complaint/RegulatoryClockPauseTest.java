package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The regulatory clock stands still for appraisal and mediation and restarts from new facts (§6, §12). */
@IntegrationTest
class RegulatoryClockPauseTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	void at(String time) {
		clock.fixAt(OffsetDateTime.parse(time).toInstant());
	}

	long complaint(String receivedAt) {
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "投诉人",
				"contact", TestCustomers.mobile(), "channel", "HOTLINE", "category", "WEALTH_PRODUCT",
				"content", "理财产品净值争议", "receivedAt", receivedAt));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		api.as("wang.agent").post("/api/v1/complaints/" + id + "/acknowledge", Api.json());
		return id;
	}

	String regulatoryBreaches(long id) {
		return api.as("wang.agent").get("/api/v1/complaints/" + id).body().get("breaches").toString();
	}

	@Test
	void aComplaintReceivedOnNovember2AndPausedFiveDaysForMediationIsDueFiveDaysLaterAndTheSweepWaits() {
		at("2026-11-02T10:00:00+08:00");
		long id = complaint("2026-11-02T10:00:00+08:00");
		String path = "/api/v1/complaints/" + id;

		at("2026-11-05T10:00:00+08:00");
		var paused = api.as("wang.agent").post(path + "/pause", Api.json("reason", "MEDIATION", "note", "金融纠纷调解中心受理"));
		at("2026-11-10T10:00:00+08:00");
		api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		String duringPause = regulatoryBreaches(id);
		var resumed = api.as("wang.agent").post(path + "/resume", Api.json());
		at("2026-11-21T10:00:00+08:00");
		api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		String beforeMovedDue = regulatoryBreaches(id);
		at("2026-11-22T10:01:00+08:00");
		api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		String afterMovedDue = regulatoryBreaches(id);

		assertThat(paused.status()).as(paused.text()).isEqualTo(200);
		assertThat(paused.body().get("regulatoryPaused").asBoolean()).isTrue();
		assertThat(paused.body().get("pauseReason").asString()).isEqualTo("MEDIATION");
		assertThat(paused.body().get("regulatoryDueAt").asString()).isEqualTo("2026-11-17T10:00+08:00");
		assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
		assertThat(resumed.body().get("regulatoryDueAt").asString()).isEqualTo("2026-11-22T10:00+08:00");
		assertThat(resumed.body().get("regulatoryPaused").asBoolean()).isFalse();
		assertThat(duringPause).doesNotContain("REGULATORY");
		assertThat(beforeMovedDue).doesNotContain("REGULATORY");
		assertThat(afterMovedDue).contains("REGULATORY");
		var complaint = api.as("wang.agent").get(path).body();
		assertThat(complaint.get("timeline").valueStream().map(e -> e.get("kind").asString()))
			.containsSubsequence("PAUSED_MEDIATION", "RESUMED");
		String audit = api.as("chen.compliance").get("/api/v1/audit?entityType=complaint&entityId=" + id).text();
		assertThat(audit).contains("complaint.paused", "complaint.resumed", "2026-11-22T02:00:00Z");
	}

	@Test
	void pausingTwiceResumingARunningClockAndPausingADecidedComplaintAreConflicts() {
		long id = complaint(null);
		String path = "/api/v1/complaints/" + id;

		var running = api.as("wang.agent").post(path + "/resume", Api.json());
		api.as("wang.agent").post(path + "/pause", Api.json("reason", "APPRAISAL"));
		var twice = api.as("wang.agent").post(path + "/pause", Api.json("reason", "MEDIATION"));
		api.as("wang.agent").post(path + "/resolve", Api.json("resolution", "鉴定结论：产品净值计算无误"));
		var decided = api.as("wang.agent").post(path + "/pause", Api.json("reason", "APPRAISAL"));

		assertThat(running.status()).isEqualTo(409);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.text()).contains("already-paused");
		assertThat(decided.status()).isEqualTo(409);
		var resolved = api.as("wang.agent").get(path).body();
		assertThat(resolved.get("regulatoryPaused").asBoolean()).as("a decision ends the pause").isFalse();
		assertThat(resolved.get("timeline").valueStream().map(e -> e.get("kind").asString()))
			.containsSubsequence("PAUSED_APPRAISAL", "RESUMED", "RESOLVED");
	}

	@Test
	void aPauseNeedsAKnownReasonAndAnotherReasonNeedsItsText() {
		long id = complaint(null);
		String path = "/api/v1/complaints/" + id;

		var unknown = api.as("wang.agent").post(path + "/pause", Api.json("reason", "HOLIDAY"));
		var otherWithoutText = api.as("wang.agent").post(path + "/pause", Api.json("reason", "OTHER"));
		var missing = api.as("wang.agent").post(path + "/pause", Api.json());

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(otherWithoutText.status()).isEqualTo(400);
		assertThat(otherWithoutText.body().get("errors").get(0).get("field").asString()).isEqualTo("note");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(api.as("li.rm").post(path + "/pause", Api.json("reason", "MEDIATION")).status()).isEqualTo(404);
		assertThat(api.as("wang.agent").get(path).body().get("regulatoryPaused").asBoolean()).isFalse();
	}

	@Test
	void newFactsRestartTheRegulatoryCountFromTheirArrivalOnceACheckerApproves() {
		at("2026-11-02T10:00:00+08:00");
		long id = complaint("2026-11-02T10:00:00+08:00");
		String path = "/api/v1/complaints/" + id;
		at("2026-11-12T15:00:00+08:00");

		var requested = api.as("wang.agent").post(path + "/new-facts", Api.json("text", "投诉人补充提交了新的交易凭证"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(202);
		long request = requested.body().get("id").asLong();
		assertThat(api.as("wang.agent").get(path).body().get("regulatoryDueAt").asString()).isEqualTo("2026-11-17T10:00+08:00");
		assertThat(api.as("wang.agent").post("/api/v1/approvals/" + request + "/approve", null).status()).isEqualTo(403);
		var approved = api.as("chen.compliance").post("/api/v1/approvals/" + request + "/approve", null);

		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		var complaint = api.as("wang.agent").get(path).body();
		assertThat(complaint.get("regulatoryDueAt").asString()).isEqualTo("2026-11-27T15:00+08:00");
		assertThat(complaint.get("timeline").valueStream().map(e -> e.get("kind").asString()))
			.containsSubsequence("NEW_FACTS", "RESTARTED");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=complaint&entityId=" + id).text())
			.contains("complaint.restarted");
		var future = api.as("wang.agent").post(path + "/new-facts", Api.json("text", "x", "receivedAt", "2027-01-01T00:00:00+08:00"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body().get("errors").get(0).get("field").asString()).isEqualTo("receivedAt");
	}
}
