package org.clientcare.timeline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.clientcare.platform.Jobs;
import org.clientcare.shared.jobs.Job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code timeline-backfill} job: puts on the timeline the history that happened before the timeline listened —
 * visits, completed revisits, complaints registered and closed, cases opened, completed and rejected, tier changes —
 * read set-based from the views their modules publish ({@code visit_timeline_ref}, {@code revisit_kpi_ref},
 * {@code complaint_kpi_ref}, {@code case_timeline_ref}, {@code tier_change_ref}), one statement per kind. Each entry has
 * the source key the listener gives the same event, so nothing the listener wrote is written twice and a second run
 * adds nothing; anonymised customers are left out. It runs at the first start after it was installed (a row of
 * {@code timeline_backfill} says it ran), on demand, and nightly at 04:40 unless
 * {@code clientcare.timeline.backfill-schedule} says otherwise — where it adds only what the listener missed.
 */
@Component
class TimelineBackfill implements Job {

	private static final Logger log = LoggerFactory.getLogger(TimelineBackfill.class);

	private static final String NOT_ANONYMISED = """
			not exists (select 1 from customer_retention c where c.id = s.customer_id and c.anonymised_at is not null)""";

	/** Per kind: the select of (customer_id, at, kind, args, ref, source_key) from the published view. */
	private static final Map<String, String> KINDS = kinds();

	private final JdbcClient jdbc;

	private final ObjectProvider<Jobs> jobs;

	private final Clock clock;

	TimelineBackfill(JdbcClient jdbc, ObjectProvider<Jobs> jobs, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "timeline-backfill";
	}

	@Override
	public Map<String, Object> run() {
		Map<String, Object> counts = new LinkedHashMap<>();
		long added = 0;
		for (var kind : KINDS.entrySet()) {
			int rows = jdbc.sql("""
					insert into timeline_entry (customer_id, at, kind, args, ref, source_key)
					%s
					on conflict (source_key) do nothing""".formatted(kind.getValue())).update();
			counts.put(kind.getKey(), rows);
			added += rows;
		}
		jdbc.sql("""
				insert into timeline_backfill (id, done_at, added) values (1, ?, ?)
				on conflict (id) do update set done_at = excluded.done_at, added = timeline_backfill.added + excluded.added""")
			.params(Timestamp.from(clock.instant()), added).update();
		return counts;
	}

	/** At start: once, unless it is done. */
	@EventListener(ApplicationReadyEvent.class)
	public void backfillOnce() {
		if (jdbc.sql("select count(*) from timeline_backfill").query(Long.class).single() > 0) {
			return;
		}
		jobs.getObject().run(name()).ifPresent(run -> log.info("Timeline back-filled: {}", run.get("result")));
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> timelineBackfillTask(
				@Value("${clientcare.timeline.backfill-schedule:DAILY|04:40}") String schedule, ObjectProvider<Jobs> jobs) {
			return Jobs.recurring("timeline-backfill", schedule, jobs::getObject);
		}
	}

	private static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("visits", """
				select s.customer_id, s.occurred_at, 'VISIT', array[s.kind, s.method, s.purpose, s.recorded_by]::text[],
				  'visit:' || s.id, 'visit:' || s.id
				from visit_timeline_ref s where\s""" + NOT_ANONYMISED);
		kinds.put("revisits", """
				select s.customer_id, s.completed_at, 'REVISIT_DONE', array[s.reason, s.status]::text[],
				  'revisit:' || s.id, 'revisit-done:' || s.id
				from revisit_kpi_ref s where s.status in ('DONE', 'UNREACHABLE') and s.completed_at is not null
				  and\s""" + NOT_ANONYMISED);
		kinds.put("complaintsRegistered", """
				select s.customer_id, s.received_at, 'COMPLAINT_REGISTERED', array[s.complaint_no]::text[],
				  'complaint:' || s.id, 'complaint-registered:' || s.id
				from complaint_kpi_ref s where s.customer_id is not null and\s""" + NOT_ANONYMISED);
		kinds.put("complaintsClosed", """
				select s.customer_id, s.closed_at, 'COMPLAINT_CLOSED', array[]::text[],
				  'complaint:' || s.id, 'complaint-closed:' || s.id
				from complaint_kpi_ref s where s.customer_id is not null and s.status = 'CLOSED'
				  and s.closed_at is not null and\s""" + NOT_ANONYMISED);
		kinds.put("casesOpened", """
				select s.customer_id, s.created_at, 'CASE_OPENED', array[s.case_no, s.title]::text[],
				  'case:' || s.id, 'case-opened:' || s.id
				from case_timeline_ref s where\s""" + NOT_ANONYMISED);
		kinds.put("casesCompleted", """
				select s.customer_id, s.closed_at, 'CASE_COMPLETED', array[s.case_no]::text[],
				  'case:' || s.id, 'case-completed:' || s.id
				from case_timeline_ref s where s.status = 'COMPLETED' and s.closed_at is not null and\s""" + NOT_ANONYMISED);
		kinds.put("casesRejected", """
				select s.customer_id, s.closed_at, 'CASE_REJECTED', array[s.case_no, coalesce(s.reject_reason, '')]::text[],
				  'case:' || s.id, 'case-rejected:' || s.id
				from case_timeline_ref s where s.status = 'REJECTED' and s.closed_at is not null and\s""" + NOT_ANONYMISED);
		kinds.put("tierChanges", """
				select s.customer_id, s.changed_at, 'TIER_CHANGED',
				  array[coalesce(s.from_tier, ''), coalesce(s.to_tier, '')]::text[], 'customer:' || s.customer_id,
				  'tier:' || s.customer_id || ':' || floor(extract(epoch from s.changed_at) * 1000)::bigint
				from tier_change_ref s where\s""" + NOT_ANONYMISED);
		return kinds;
	}
}
