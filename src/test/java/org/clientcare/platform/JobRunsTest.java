package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every run of a job is recorded with the instance that ran it, and administrators see the runs. */
@IntegrationTest
class JobRunsTest {

	@Autowired
	Api api;

	@Autowired
	PlatformSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	@Test
	void aJobRunNowIsRecordedWithThisInstanceItsOutcomeAndItsCounts() {
		var run = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		assertThat(run.body().get("instance").asString()).isEqualTo(settings.instanceName());

		var runs = api.as("admin").get("/api/v1/jobs/runs?job=sla-sweep&size=5");
		assertThat(runs.status()).as(runs.text()).isEqualTo(200);
		JsonNode last = runs.body().get("content").get(0);
		assertThat(last.get("job").asString()).isEqualTo("sla-sweep");
		assertThat(last.get("instance").asString()).isEqualTo(settings.instanceName());
		assertThat(last.get("outcome").asString()).isEqualTo("DONE");
		assertThat(last.get("result")).isEqualTo(run.body().get("result"));
	}

	@Test
	void aRunAskedForWhileTheJobRunsElsewhereIsRefusedAndRecordedAsSkipped() {
		long lock = 0x4A4F4200000000L | ("tiering".hashCode() & 0xffffffffL);
		var refused = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(lock).query(Object.class).single();
			return api.as("admin").post("/api/v1/jobs/tiering/run", null);
		});

		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		JsonNode last = api.as("admin").get("/api/v1/jobs/runs?job=tiering&size=1").body().get("content").get(0);
		assertThat(last.get("outcome").asString()).isEqualTo("SKIPPED");
		assertThat(last.get("result").isNull()).isTrue();
	}

	@Test
	void theJobListNamesEveryJobWithItsNextScheduledRun() {
		var jobs = api.as("admin").get("/api/v1/jobs?size=500");
		assertThat(jobs.status()).as(jobs.text()).isEqualTo(200);
		List<String> names = StreamSupport.stream(jobs.body().get("content").spliterator(), false).map(j -> j.get("name").asString()).toList();
		assertThat(names).contains("sla-sweep", "tiering", "revisit-planning", "notification-dispatch");
		assertThat(jobs.body().get("content")).allSatisfy(job -> assertThat(job.get("nextRunAt").isNull()).as(job.toString()).isFalse());
	}

	@Test
	void onlyAdministratorsSeeTheJobsAndTheirRuns() {
		assertThat(api.as("chen.compliance").get("/api/v1/jobs/runs").status()).isEqualTo(403);
		assertThat(api.as("zhao.manager").get("/api/v1/jobs").status()).isEqualTo(403);
		assertThat(api.as("core.feed").post("/api/v1/jobs/sla-sweep/run", null).status()).isEqualTo(403);
	}

	@Test
	void anAdministratorRunsAJobFromTheJobsPageAndSeesTheRunListed() throws Exception {
		var browser = SignedInPages.as("admin", port);
		String page = browser.send(HttpRequest.newBuilder(uri("/admin/jobs")).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("revisit-planning");

		var ran = SignedInPages.post(browser, port, "/admin/jobs/revisit-planning/run", "", SignedInPages.csrf(page));

		assertThat(ran.statusCode()).isEqualTo(302);
		assertThat(ran.headers().firstValue("Location").orElseThrow()).endsWith("/admin/jobs?ran=revisit-planning");
		String after = browser.send(HttpRequest.newBuilder(uri("/admin/jobs?job=revisit-planning&lang=en")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(after).contains("id=\"job-runs\"").contains(settings.instanceName()).contains(">done<");
		// the run's figures in words, never the recorded map with its keys
		String chinese = SignedInPages.get(browser, port, "/admin/jobs?job=revisit-planning&lang=zh-CN").body();
		assertThat(after).contains("periodic revisits planned: ", "overdue revisits escalated: ").doesNotContain("{cadence=");
		assertThat(chinese).contains("计划定期回访：", "逾期回访升级：").doesNotContain("{cadence=");
	}

	@Test
	void theJobsPageNamesEveryJobInThePagesLanguageWithItsCodeBeside() throws Exception {
		var browser = SignedInPages.as("admin", port);
		String chinese = browser.send(HttpRequest.newBuilder(uri("/admin/jobs?lang=zh-CN")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String english = browser.send(HttpRequest.newBuilder(uri("/admin/jobs?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString()).body();

		assertThat(chinese).contains(">时限检查</a>", "<code class=\"muted\">sla-sweep</code>", ">回访计划</a>");
		assertThat(english).contains(">Deadline check</a>", ">Revisit planning</a>");
		// no job is named by its code alone
		assertThat(java.util.regex.Pattern.compile("href=\"/admin/jobs\\?job=([a-z-]+)\">\\1</a>").matcher(chinese).find())
			.isFalse();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Autowired
	Jobs jobs;

	@Test
	void aRunLeftRunningByAnInstanceThatDiedIsMarkedFailedAndItsJobResumed() {
		long abandoned = jdbc.sql("""
				insert into job_run (job_name, instance, started_at, outcome)
				values ('notification-dispatch', 'crashed-host/4711', now() - interval '10 minutes', 'RUNNING') returning id""")
			.query(Long.class).single();

		var resumed = jobs.recoverAbandonedRuns();

		assertThat(resumed).contains("notification-dispatch");
		var run = jobs.runs("notification-dispatch", 500).stream().filter(r -> r.id() == abandoned).findFirst().orElseThrow();
		assertThat(run.outcome()).isEqualTo(JobRun.Outcome.FAILED);
		assertThat(run.finishedAt()).isNotNull();
		assertThat(run.error()).contains("crashed-host/4711");
	}

	@Test
	void aRunStillRunningOnAnotherInstanceIsLeftAlone() {
		long lock = 0x4A4F4200000000L | ("revisit-planning".hashCode() & 0xffffffffL);
		long running = jdbc.sql("""
				insert into job_run (job_name, instance, started_at, outcome)
				values ('revisit-planning', 'other-host/1', now(), 'RUNNING') returning id""").query(Long.class).single();
		try {
			var resumed = transactions.execute(status -> {
				jdbc.sql("select pg_advisory_xact_lock(?)").param(lock).query(Object.class).single();
				// The recovery runs on connections of its own: the lock held here is another instance's to it.
				return java.util.concurrent.CompletableFuture.supplyAsync(jobs::recoverAbandonedRuns).join();
			});

			assertThat(resumed).doesNotContain("revisit-planning");
			var run = jobs.runs("revisit-planning", 500).stream().filter(r -> r.id() == running).findFirst().orElseThrow();
			assertThat(run.outcome()).isEqualTo(JobRun.Outcome.RUNNING);
		}
		finally {
			jdbc.sql("update job_run set outcome = 'FAILED', finished_at = now() where id = ?").param(running).update();
		}
	}
}
