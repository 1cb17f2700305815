package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a complaint missed a deadline is answered three times: in Java ({@link ComplaintDeadlines#missed},
 * {@link RegulatoryClock#missed}), by the overdue list ({@code overdue=true}, the complaints page's filter and the home
 * page's tile) and by the SLA sweep, which records the breaches. All three must answer as the SPEC does, on every case
 * of each deadline: its step taken before, at or after the due time, or not yet; the regulatory clock stopped before
 * or after the due time passed. Every case's complaint is written first, straight into the table, the lists are read,
 * the sweep runs once over all of them, and the lists are read again: they answer the same before and after it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissedDeadlineAgreementTest {

	static final String ACK = "ACKNOWLEDGE";

	static final String RESOLVE = "RESOLVE";

	static final String REGULATORY = "REGULATORY";

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PiiCipher pii;

	/** The cases: a complaint's deadlines, its steps and pause ({@link #at}), and the deadlines it missed. */
	static Stream<Arguments> cases() {
		return Stream.of(
				of("no deadline due yet", at(10, null, 20, null, 30), Set.of()),
				of("acknowledgement due an hour ago and not given", at(-1, null, 20, null, 30), Set.of(ACK)),
				of("acknowledged an hour before it was due", at(-5, -6.0, 20, null, 30), Set.of()),
				of("acknowledged at the very time it was due", at(-5, -5.0, 20, null, 30), Set.of()),
				of("acknowledged an hour after it was due", at(-5, -4.0, 20, null, 30), Set.of(ACK)),
				of("resolution due an hour ago and not given", at(-50, -60.0, -1, null, 30), Set.of(RESOLVE)),
				of("resolved before both deadlines", at(-50, -60.0, -5, -6.0, 30), Set.of()),
				of("resolved at the very time it was due", at(-50, -60.0, -5, -5.0, 30), Set.of()),
				of("resolved after its deadline, before the regulatory one", at(-50, -60.0, -10, -5.0, 30),
						Set.of(RESOLVE)),
				// The resolution due later than the regulatory deadline, so that the latter alone decides the list
				of("resolved at the very time of the regulatory deadline", at(-50, -60.0, 20, -10.0, -10), Set.of()),
				of("resolved after the regulatory deadline", at(-50, -60.0, 20, -5.0, -10), Set.of(REGULATORY)),
				of("no decision by the regulatory deadline, the clock running", at(-50, -60.0, 20, null, -10),
						Set.of(REGULATORY)),
				of("clock stopped before the regulatory deadline, which passed while it stands",
						at(-50, -60.0, 20, null, -10).paused(-20), Set.of()),
				of("clock stopped at the very time of the regulatory deadline", at(-50, -60.0, 20, null, -10).paused(-10),
						Set.of()),
				of("clock stopped after the regulatory deadline had passed", at(-50, -60.0, 20, null, -10).paused(-5),
						Set.of(REGULATORY)),
				of("clock stopped with every deadline ahead", at(-50, -60.0, 20, null, 30).paused(-5), Set.of()),
				of("clock stopped after the resolution deadline, before the regulatory one",
						at(-50, -60.0, -30, null, -10).paused(-20), Set.of(RESOLVE)),
				of("resolved after both deadlines", at(-50, -60.0, -20, -5.0, -10), Set.of(RESOLVE, REGULATORY)),
				of("no step taken and every deadline passed", at(-50, null, -30, null, -10),
						Set.of(ACK, RESOLVE, REGULATORY)),
				of("every step taken late, closed long ago", at(-500, -400.0, -300, -100.0, -200),
						Set.of(ACK, RESOLVE, REGULATORY)));
	}

	/** Each case's complaint. */
	final Map<String, Long> complaints = new HashMap<>();

	/** Each case's times, as written. */
	final Map<String, Times> written = new HashMap<>();

	Instant now;

	Set<Long> overdueBefore;

	Set<Long> notOverdueBefore;

	Set<Long> overdueAfter;

	Set<Long> notOverdueAfter;

	final Map<Long, Set<String>> recorded = new HashMap<>();

	@BeforeAll
	void everyCasesComplaintIsWrittenTheListsReadTheSweepRunsOnceAndTheListsAreReadAgain() {
		now = clock.instant();
		String prefix = "MD" + ThreadLocalRandom.current().nextInt(100_000_000);
		cases().forEach(arguments -> {
			String name = (String) arguments.get()[0];
			Times times = ((Times) arguments.get()[1]).from(now);
			long id = jdbc.queryForObject("""
					insert into complaint (complaint_no, complainant_name, contact_enc, contact_hash, channel, category,
					  content, received_at, status, org_unit_id, registered_by, ack_due_at, resolution_due_at,
					  regulatory_due_at, acknowledged_at, resolved_at, closed_at, paused_at, pause_reason, created_at,
					  updated_at)
					values (?, '时限投诉人', ?, sha256(cast(? as bytea)), 'HOTLINE', 'FEES', '时限测试', ?, ?,
					  (select id from org_unit where code = 'SH-PD'), 'wang.agent', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					returning id""", Long.class, prefix + complaints.size(), pii.encrypt("13900139000"),
					prefix + complaints.size(), ts(times.ack().minus(Duration.ofHours(24))), times.status(),
					ts(times.ack()), ts(times.resolve()), ts(times.regulatory()), ts(times.acknowledged()),
					ts(times.resolved()), ts(times.resolved()), ts(times.pausedAt()),
					times.pausedAt() == null ? null : "APPRAISAL", ts(now), ts(now));
			complaints.put(name, id);
			written.put(name, times);
		});
		overdueBefore = listed(true);
		notOverdueBefore = listed(false);

		var run = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		jdbc.query("select complaint_id, sla from complaint_breach where complaint_id = any(?)",
				rs -> {
					recorded.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(rs.getString(2));
				}, (Object) complaints.values().toArray(Long[]::new));

		overdueAfter = listed(true);
		notOverdueAfter = listed(false);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theJavaRuleTheOverdueListAndTheSlaSweepAgree(String name, Times relative, Set<String> missed) {
		Times times = written.get(name);
		long id = complaints.get(name);

		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(java(times, now)).as("the Java rule").isEqualTo(new TreeSet<>(missed));
			softly.assertThat(recorded.getOrDefault(id, Set.of())).as("the breaches the sweep recorded")
				.isEqualTo(new TreeSet<>(missed));
			softly.assertThat(overdueBefore.contains(id)).as("in the overdue list before the sweep")
				.isEqualTo(!missed.isEmpty());
			softly.assertThat(notOverdueBefore.contains(id)).as("in the list of those not overdue before the sweep")
				.isEqualTo(missed.isEmpty());
			softly.assertThat(overdueAfter.contains(id)).as("in the overdue list after the sweep")
				.isEqualTo(!missed.isEmpty());
			softly.assertThat(notOverdueAfter.contains(id)).as("in the list of those not overdue after the sweep")
				.isEqualTo(missed.isEmpty());
		});
	}

	/** The deadlines missed at {@code now} by the Java rule. */
	static Set<String> java(Times t, Instant now) {
		Set<String> missed = new TreeSet<>();
		if (ComplaintDeadlines.missed(t.ack(), t.acknowledged(), now)) {
			missed.add(ACK);
		}
		if (ComplaintDeadlines.missed(t.resolve(), t.resolved(), now)) {
			missed.add(RESOLVE);
		}
		if (RegulatoryClock.missed(t.regulatory(), t.pausedAt(), t.resolved(), now)) {
			missed.add(REGULATORY);
		}
		return missed;
	}

	/**
	 * The ids of this test's complaints in the list, overdue or not, read page by page to its end as compliance sees
	 * it (every complaint).
	 */
	private Set<Long> listed(boolean overdue) {
		Set<Long> ids = new HashSet<>();
		for (int page = 0;; page++) {
			var answer = api.as("chen.compliance").get("/api/v1/complaints?overdue=" + overdue + "&size=500&page=" + page);
			assertThat(answer.status()).as(answer.text()).isEqualTo(200);
			var content = answer.body().get("content");
			if (content.isEmpty()) {
				ids.retainAll(complaints.values());
				return ids;
			}
			content.forEach(complaint -> ids.add(complaint.get("id").asLong()));
		}
	}

	static Arguments of(String name, Times times, Set<String> missed) {
		return Arguments.of(name, times, missed);
	}

	/**
	 * A case's deadlines and their steps in hours from now ({@link Times#from} makes them instants), a step null when
	 * not taken; the decision the regulatory deadline asks for is the resolution.
	 */
	static Times at(double ack, Double acknowledged, double resolve, Double resolved, double regulatory) {
		return new Times(hours(ack), hours(acknowledged), hours(resolve), hours(resolved), hours(regulatory), null);
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant hours(Double hours) {
		return hours == null ? null : Instant.EPOCH.plus(Duration.ofMinutes(Math.round(hours * 60)));
	}

	private static Instant hours(double hours) {
		return hours((Double) hours);
	}

	/** A case's deadlines, steps and pause; relative to {@link Instant#EPOCH} until {@link #from} puts them around now. */
	record Times(Instant ack, Instant acknowledged, Instant resolve, Instant resolved, Instant regulatory,
			Instant pausedAt) {

		/** The regulatory clock stopped at {@code hours} from now. */
		Times paused(double hours) {
			return new Times(ack, acknowledged, resolve, resolved, regulatory, hours(hours));
		}

		Times from(Instant now) {
			return new Times(move(ack, now), move(acknowledged, now), move(resolve, now), move(resolved, now),
					move(regulatory, now), move(pausedAt, now));
		}

		String status() {
			return resolved != null ? "CLOSED" : acknowledged != null ? "IN_PROGRESS" : "RECEIVED";
		}

		private static Instant move(Instant relative, Instant now) {
			return relative == null ? null : now.plus(Duration.between(Instant.EPOCH, relative));
		}
	}
}
