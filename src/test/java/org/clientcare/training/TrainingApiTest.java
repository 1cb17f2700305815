package org.clientcare.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TrainingApiTest {

	@Autowired
	Api api;

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	long course(String unit, boolean mandatory, Integer passMark) {
		var created = api.as("admin").post("/api/v1/training/courses", Api.json("title", "反洗钱 " + UUID.randomUUID(),
				"topic", "COMPLIANCE", "mandatory", mandatory, "passMark", passMark, "orgUnit", unit));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	JsonNode coverage(String unit) {
		var coverage = api.as("admin").get("/api/v1/training/coverage?orgUnit=" + unit + "&from=" + today() + "&to=" + today());
		assertThat(coverage.status()).as(coverage.text()).isEqualTo(200);
		return coverage.body();
	}

	@Test
	void aFailedExamKeepsTheCourseOpenAndAPassingRetakeCompletesItAndRaisesTheUnitsCoverage() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String rm = staff.user("ACCOUNT_MANAGER", unit);
		staff.user("SERVICE_AGENT", unit);
		long course = course(unit, true, 80);

		var failed = api.as("zhao.manager").post("/api/v1/training/courses/" + course + "/attendance",
				Api.json("username", rm, "completed", true, "score", 70));
		assertThat(failed.status()).as(failed.text()).isEqualTo(201);
		assertThat(failed.body().get("attempt").get("passed").asBoolean()).isFalse();
		assertThat(failed.body().get("courseCompleted").asBoolean()).isFalse();
		assertThat(coverage(unit).get("trained").asLong()).isZero();

		var retake = api.as("zhao.manager").post("/api/v1/training/courses/" + course + "/exam-attempts",
				Api.json("username", rm, "score", 85));
		assertThat(retake.status()).as(retake.text()).isEqualTo(201);
		assertThat(retake.body().get("courseCompleted").asBoolean()).isTrue();

		JsonNode coverage = coverage(unit);
		assertThat(coverage.get("staff").asLong()).isEqualTo(2);
		assertThat(coverage.get("trained").asLong()).isEqualTo(1);
		assertThat(coverage.get("coverage").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(staff.as(rm).get("/api/v1/training/me").body().get("attempts").valueStream()
			.map(a -> a.get("score").decimalValue().intValue())).containsExactly(85, 70);
	}

	@Test
	void theKpisTrainingCoverageIsTheTrainingModulesCoverageOfTheUnit() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String rm = staff.user("ACCOUNT_MANAGER", unit);
		staff.user("ACCOUNT_MANAGER", unit);
		staff.user("ACCOUNT_MANAGER", unit);
		long course = course(unit, false, null);
		api.as("admin").post("/api/v1/training/courses/" + course + "/attendance", Api.json("username", rm, "completed", true));

		var report = api.as("admin").get("/api/v1/kpis?orgUnit=" + unit + "&from=" + today() + "&to=" + today());

		assertThat(report.status()).as(report.text()).isEqualTo(200);
		JsonNode figure = report.body().get("figures").valueStream()
			.filter(f -> f.get("code").asString().equals("TRAINING_COVERAGE")).findFirst().orElseThrow();
		assertThat(figure.get("numerator").decimalValue()).isEqualByComparingTo("1");
		assertThat(figure.get("denominator").decimalValue()).isEqualByComparingTo("3");
		assertThat(figure.get("value").decimalValue()).isEqualByComparingTo(coverage(unit).get("coverage").decimalValue());
	}

	@Test
	void staffWhoJoinedTodayCountInTodaysHeadcountButNotInLastMonthsKpiTrainingCoverage() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		staff.user("ACCOUNT_MANAGER", unit);
		staff.user("SERVICE_AGENT", unit);
		String lastMonth = "/api/v1/kpis?orgUnit=" + unit + "&period=MONTH&date="
				+ LocalDate.parse(today()).minusMonths(1);

		var then = api.as("admin").get(lastMonth);

		assertThat(coverage(unit).get("staff").asLong()).isEqualTo(2);
		assertThat(then.status()).as(then.text()).isEqualTo(200);
		JsonNode figure = then.body().get("figures").valueStream()
			.filter(f -> f.get("code").asString().equals("TRAINING_COVERAGE")).findFirst().orElseThrow();
		assertThat(figure.get("denominator").decimalValue()).as("nobody of the unit was employed last month")
			.isEqualByComparingTo("0");
		assertThat(figure.get("value") == null || figure.get("value").isNull()).isTrue();
	}

	@Test
	void aSecondAssessmentOfTheSameQuarterIsAConflictAndAMalformedQuarterIsRefusedNamingIt() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String rm = staff.user("ACCOUNT_MANAGER", unit);
		String quarter = Quarter.of(LocalDate.now(ZoneId.of("Asia/Shanghai"))).toString();

		var first = api.as("zhao.manager").post("/api/v1/training/assessments",
				Api.json("username", rm, "quarter", quarter, "score", 88));
		var second = api.as("zhao.manager").post("/api/v1/training/assessments",
				Api.json("username", rm, "quarter", quarter, "score", 90));
		var malformed = api.as("zhao.manager").post("/api/v1/training/assessments",
				Api.json("username", rm, "quarter", "2026-13", "score", 90));
		var future = api.as("zhao.manager").post("/api/v1/training/assessments",
				Api.json("username", rm, "quarter", (LocalDate.now().getYear() + 1) + "-Q1", "score", 90));

		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(second.status()).as(second.text()).isEqualTo(409);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.text()).contains("\"quarter\"");
		assertThat(future.status()).isEqualTo(400);
		assertThat(Pages.all(api.as("admin"), "/api/v1/training/assessments?quarter=" + quarter).stream()
			.filter(a -> a.get("username").asString().equals(rm)).map(a -> a.get("score").decimalValue().intValue()))
			.containsExactly(88);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		var topic = api.as("admin").post("/api/v1/training/courses", Api.json("title", "x", "topic", "COOKING"));
		var passMark = api.as("admin").post("/api/v1/training/courses",
				Api.json("title", "x", "topic", "LAW", "passMark", 120));
		long course = course("SH", false, 60);
		var completed = api.as("admin").post("/api/v1/training/courses/" + course + "/attendance",
				Api.json("username", "zhang.rm"));
		var score = api.as("admin").post("/api/v1/training/courses/" + course + "/exam-attempts",
				Api.json("username", "zhang.rm", "score", -1));

		assertThat(topic.status()).as(topic.text()).isEqualTo(400);
		assertThat(topic.text()).contains("topic");
		assertThat(passMark.status()).isEqualTo(400);
		assertThat(passMark.text()).contains("\"passMark\"");
		assertThat(completed.status()).isEqualTo(400);
		assertThat(completed.text()).contains("\"completed\"");
		assertThat(score.status()).isEqualTo(400);
		assertThat(score.text()).contains("\"score\"");
		assertThat(api.as("admin").get("/api/v1/training/courses/999999999").status()).isEqualTo(404);
	}

	@Test
	void aBranchManagerRecordsOnlyTheStaffOfItsSubtreeAndAnAccountManagerRecordsNone() {
		var staff = new TestStaff(api);
		String mine = staff.subBranch();
		String other = staff.subBranch();
		String manager = staff.user("BRANCH_MANAGER", mine);
		String outside = staff.user("ACCOUNT_MANAGER", other);
		String inside = staff.user("ACCOUNT_MANAGER", mine);
		long course = course("HQ", false, null);
		String path = "/api/v1/training/courses/" + course + "/attendance";

		assertThat(staff.as(manager).post(path, Api.json("username", inside, "completed", true)).status()).isEqualTo(201);
		assertThat(staff.as(manager).post(path, Api.json("username", outside, "completed", true)).status()).isEqualTo(404);
		assertThat(staff.as(inside).post(path, Api.json("username", inside, "completed", true)).status()).isEqualTo(403);
		assertThat(staff.as(manager).get("/api/v1/training/coverage?orgUnit=" + other).status()).isEqualTo(404);
		assertThat(staff.as(inside).get("/api/v1/training/coverage?orgUnit=" + mine).status()).isEqualTo(403);
		assertThat(staff.as(inside).get("/api/v1/training/me").status()).isEqualTo(200);
	}

	@Test
	void staffWhoHaveNotCompletedAMandatoryCourseAreRemindedOnceAWeek() {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String username = "trainee" + UUID.randomUUID().toString().substring(0, 8);
		var user = api.as("admin").post("/api/v1/users", Api.json("username", username, "displayName", "学员",
				"role", "ACCOUNT_MANAGER", "orgUnit", unit, "password", TestStaff.PASSWORD, "email", username + "@example.com"));
		assertThat(user.status()).as(user.text()).isEqualTo(201);
		long course = course(unit, true, null);

		assertThat(Pages.all(api.as("admin"), "/api/v1/training/outstanding").stream()
			.filter(o -> o.get("username").asString().equals(username)).map(o -> o.get("courseId").asLong()))
			.containsExactly(course);
		var first = api.as("admin").post("/api/v1/jobs/training-reminders/run", null);
		var second = api.as("admin").post("/api/v1/jobs/training-reminders/run", null);

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.body().get("result").get("reminded").asInt()).isPositive();
		assertThat(second.body().get("result").get("reminded").asInt()).isZero();
		api.as("admin").post("/api/v1/training/courses/" + course + "/attendance",
				Api.json("username", username, "completed", true));
		assertThat(Pages.all(api.as("admin"), "/api/v1/training/outstanding").stream()
			.filter(o -> o.get("username").asString().equals(username))).isEmpty();
	}
}
