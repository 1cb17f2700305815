package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SLA sweep over many late complaints at once, written straight into the table: 120 complaints received 20 days
 * ago, a quarter with each of three, two, one and no missed deadlines, spread over two sub-branches of SH and the
 * WMD department. The tests run the sweep in ranges of 50 complaint ids, so one sweep spans several.
 */
@IntegrationTest
class SlaSweepTest {

	/** What was missed, in words: the escalation e-mail never names a code. */
	static final Map<String, String> BREACH_WORDS = Map.of("ACKNOWLEDGE", "未在24小时内确认受理", "RESOLVE", "未在时限内办结",
			"REGULATORY", "超过监管答复时限");


	static final int COMPLAINTS = 120;

	static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PiiCipher pii;

	@Autowired
	IdentityManagement identity;

	@Test
	void aSweepOverManyLateComplaintsRecordsEachBreachOnceMarksEachComplaintAndWritesOneTimelineRowAndAuditEntryPerBreach() {
		var late = lateComplaints();

		var result = sweep();

		assertThat(result.get("batches").asInt()).isGreaterThan(1);
		assertThat(pairs("select complaint_id, sla from complaint_breach where complaint_id = any(?)", late.ids()))
			.containsExactlyInAnyOrderElementsOf(late.breaches());
		assertThat(pairs("""
				select complaint_id, detail from complaint_event
				where kind = 'BREACHED' and actor = 'system:sla-sweep' and complaint_id = any(?)""", late.ids()))
			.containsExactlyInAnyOrderElementsOf(late.breaches());
		assertThat(pairs("""
				select cast(entity_id as bigint), cast(after_state as jsonb) ->> 'sla' from audit_entry
				where action = 'complaint.breached' and entity_type = 'complaint' and actor = 'system:sla-sweep'
				  and entity_id = any(?)""", late.ids().stream().map(String::valueOf).toArray(String[]::new)))
			.containsExactlyInAnyOrderElementsOf(late.breaches());
		Set<Long> breached = new HashSet<>(late.breaches().stream().map(Breach::complaintId).toList());
		jdbc.query("select id, breached, escalated_at, version from complaint where id = any(?)", rs -> {
			boolean isLate = breached.contains(rs.getLong("id"));
			assertThat(rs.getBoolean("breached")).as("complaint %d breached", rs.getLong("id")).isEqualTo(isLate);
			assertThat(rs.getObject("escalated_at") != null).as("complaint %d escalated", rs.getLong("id")).isEqualTo(isLate);
			assertThat(rs.getLong("version")).as("complaint %d version", rs.getLong("id")).isEqualTo(isLate ? 1 : 0);
		}, (Object) late.ids().toArray(Long[]::new));
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	@Test
	void eachBreachIsEscalatedOnceByEmailToTheNearestBranchManagerOrTheAdministratorsAndToEveryComplianceOfficer() {
		var late = lateComplaints();
		Set<String> compliance = emails(Role.COMPLIANCE);
		Set<String> admins = emails(Role.ADMIN);
		Set<String> expected = new HashSet<>();
		for (Breach breach : late.breaches()) {
			Late complaint = late.byId(breach.complaintId());
			Set<String> to = new HashSet<>(compliance);
			// SH-PD and SH-XH have no branch manager of their own, SH has zhao.manager; above WMD there is none.
			to.addAll(complaint.department() ? admins : Set.of("zhao.manager@clientcare.example"));
			Instant due = breach.sla().equals("ACKNOWLEDGE") ? complaint.resolutionDueAt() : complaint.regulatoryDueAt();
			for (String address : to) {
				expected.add(String.join("|", "complaint:" + breach.complaintId() + ":breached:" + breach.sla(), address,
						"complaint-escalated", complaint.complaintNo(), BREACH_WORDS.get(breach.sla()), DUE.format(due)));
			}
		}

		sweep();
		Supplier<List<String>> outbox = () -> jdbc.query("""
				select event_key, recipient_enc, template, params ->> 'complaintNo' as no, params ->> 'reason' as reason,
				  params ->> 'dueAt' as due, channel
				from notification_outbox where event_key = any(?)""",
				(rs, n) -> String.join("|", rs.getString("event_key"), pii.decrypt(rs.getBytes("recipient_enc")),
						rs.getString("template"), rs.getString("no"), rs.getString("reason"), rs.getString("due"))
						+ (rs.getString("channel").equals("EMAIL") ? "" : "|" + rs.getString("channel")),
				(Object) late.escalationKeys());
		List<String> messages = await().atMost(Duration.ofSeconds(20)).until(outbox::get, sent -> sent.size() >= expected.size());

		assertThat(messages).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aSweepPublishesOneEventPerBatchAndEachBreachInExactlyOneOfThem() {
		var late = lateComplaints();

		sweep();

		List<Breach> published = pairs("""
				select cast(b ->> 'complaintId' as bigint), b ->> 'sla'
				from event_publication p cross join jsonb_array_elements(cast(p.serialized_event as jsonb) -> 'breaches') b
				where p.event_type like '%ComplaintsBreached' and p.listener_id like '%ComplaintNotices%'
				  and cast(b ->> 'complaintId' as bigint) = any(?)""", late.ids());
		assertThat(published).containsExactlyInAnyOrderElementsOf(late.breaches());
		long events = jdbc.queryForObject("""
				select count(distinct p.id) from event_publication p
				cross join jsonb_array_elements(cast(p.serialized_event as jsonb) -> 'breaches') b
				where p.event_type like '%ComplaintsBreached' and p.listener_id like '%ComplaintNotices%'
				  and cast(b ->> 'complaintId' as bigint) = any(?)""", Long.class, (Object) late.ids().toArray(Long[]::new));
		// 120 consecutive ids fall into at most four ranges of 50 ids, one transaction and one event each.
		assertThat(events).isBetween(1L, 4L);
	}

	@Test
	void aSecondSweepWritesNothing() {
		var late = lateComplaints();
		sweep();
		// The escalations are enqueued after each batch commits; wait until every one of them is.
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication
				where event_type like '%ComplaintsBreached' and completion_date is null""", Long.class), open -> open == 0);
		Supplier<List<Long>> written = () -> List.of(
				count("select count(*) from complaint_breach where complaint_id = any(?)", late.ids().toArray(Long[]::new)),
				count("select count(*) from complaint_event where complaint_id = any(?)", late.ids().toArray(Long[]::new)),
				count("select sum(version) from complaint where id = any(?)", late.ids().toArray(Long[]::new)),
				count("select count(*) from notification_outbox where event_key = any(?)", late.escalationKeys()),
				count("select count(*) from audit_entry where entity_type = 'complaint' and entity_id = any(?)",
						late.ids().stream().map(String::valueOf).toArray(String[]::new)),
				count("select count(*) from event_publication where event_type like '%ComplaintsBreached'", null));
		var first = written.get();

		var again = sweep();

		assertThat(again.get("breaches").asInt()).isZero();
		assertThat(first.get(3)).as("escalations").isPositive();
		assertThat(written.get()).isEqualTo(first);
	}

	private JsonNode sweep() {
		var run = api.as("admin").post("/api/v1/jobs/sla-sweep/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);
		return run.body().get("result");
	}

	/** 120 complaints, received 20 days before the clock's now, and the breaches each must get. */
	private LateComplaints lateComplaints() {
		Instant received = clock.instant().minus(Duration.ofDays(20));
		String prefix = "SW" + ThreadLocalRandom.current().nextInt(100_000_000);
		byte[] contact = pii.encrypt("13800138000");
		List<Late> complaints = jdbc.query("""
				insert into complaint (complaint_no, complainant_name, contact_enc, contact_hash, channel, category, content,
				  received_at, status, org_unit_id, department_id, registered_by, ack_due_at, resolution_due_at,
				  regulatory_due_at, acknowledged_at, resolved_at, created_at, updated_at)
				select ? || lpad(i::text, 4, '0'), '批量投诉人', ?, sha256(cast(? || i as bytea)), 'HOTLINE', 'FEES', '逾期测试',
				  r, case when i % 4 >= 2 then 'RESOLVED' when i % 4 = 1 then 'IN_PROGRESS' else 'RECEIVED' end,
				  (select id from org_unit where code = case when i % 3 = 0 then 'SH-PD' else 'SH-XH' end),
				  (select id from org_unit where code = 'WMD' and i % 3 = 2), 'wang.agent',
				  r + interval '1 day', r + interval '9 days', r + interval '15 days',
				  case i % 4 when 0 then null when 2 then r + interval '2 days' else r + interval '1 hour' end,
				  case when i % 4 >= 2 then r + interval '5 days' end, r, r
				from generate_series(1, ?) i, (select cast(? as timestamptz) r) t
				returning id, complaint_no, department_id is not null as department, resolution_due_at, regulatory_due_at""",
				(rs, n) -> new Late(rs.getLong("id"), rs.getString("complaint_no"), rs.getBoolean("department"),
						rs.getTimestamp("resolution_due_at").toInstant(), rs.getTimestamp("regulatory_due_at").toInstant()),
				prefix, contact, prefix, COMPLAINTS, Timestamp.from(received));
		assertThat(complaints).hasSize(COMPLAINTS);
		List<Breach> breaches = new ArrayList<>();
		for (Late complaint : complaints) {
			int kind = Integer.parseInt(complaint.complaintNo().substring(prefix.length())) % 4;
			switch (kind) {
				case 0 -> breaches.addAll(List.of(complaint.breach("ACKNOWLEDGE"), complaint.breach("RESOLVE"),
						complaint.breach("REGULATORY")));
				case 1 -> breaches.addAll(List.of(complaint.breach("RESOLVE"), complaint.breach("REGULATORY")));
				case 2 -> breaches.add(complaint.breach("ACKNOWLEDGE"));
				default -> {
					// acknowledged and resolved in time: no breach
				}
			}
		}
		return new LateComplaints(complaints, breaches);
	}

	private Set<String> emails(Role role) {
		Set<String> emails = new HashSet<>();
		identity.usersWithRole(role).stream().map(StaffUser::email).filter(e -> e != null).forEach(emails::add);
		return emails;
	}

	private List<Breach> pairs(String sql, Object ids) {
		Object array = ids instanceof List<?> list ? list.toArray(Long[]::new) : ids;
		return jdbc.query(sql, (rs, n) -> new Breach(rs.getLong(1), rs.getString(2)), array);
	}

	private long count(String sql, Object[] values) {
		Long n = values == null ? jdbc.queryForObject(sql, Long.class) : jdbc.queryForObject(sql, Long.class, (Object) values);
		return n == null ? 0 : n;
	}

	record Breach(long complaintId, String sla) {
	}

	record Late(long id, String complaintNo, boolean department, Instant resolutionDueAt, Instant regulatoryDueAt) {

		Breach breach(String sla) {
			return new Breach(id, sla);
		}
	}

	record LateComplaints(List<Late> complaints, List<Breach> breaches) {

		List<Long> ids() {
			return complaints.stream().map(Late::id).toList();
		}

		Late byId(long id) {
			return complaints.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
		}

		/** Every event key an escalation of these complaints can have. */
		String[] escalationKeys() {
			return complaints.stream()
				.flatMap(c -> List.of("ACKNOWLEDGE", "RESOLVE", "REGULATORY").stream()
					.map(sla -> "complaint:" + c.id() + ":breached:" + sla))
				.toArray(String[]::new);
		}
	}
}
