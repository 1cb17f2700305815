package org.clientcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clientcare.audit.internal.AuditHashing;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theChainIsValidAndReportsTheFirstEntryAlteredInTheDatabase() {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"))
			.body().get("id").asLong();
		long seq = jdbc.queryForObject("select max(seq) from audit_entry where entity_type = 'customer' and entity_id = ?",
				Long.class, Long.toString(customer));
		var intact = api.as("chen.compliance").get("/api/v1/audit/verify").body();
		assertThat(intact.get("valid").asBoolean()).isTrue();
		assertThat(intact.get("entries").asLong()).isGreaterThanOrEqualTo(seq);

		String original = jdbc.queryForObject("select actor from audit_entry where seq = ?", String.class, seq);
		tamper("update audit_entry set actor = 'someone.else' where seq = " + seq);
		try {
			var broken = api.as("chen.compliance").get("/api/v1/audit/verify").body();
			assertThat(broken.get("valid").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenEntry").asLong()).isEqualTo(seq);
		}
		finally {
			tamper("update audit_entry set actor = '" + original + "' where seq = " + seq);
		}
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	@Test
	void entriesCannotBeChangedOrDeletedThroughTheDatabase() {
		assertThatThrownBy(() -> jdbc.update("update audit_entry set reason = 'x' where seq = 1"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = 1")).hasMessageContaining("append-only");
	}

	@Test
	void aChangeRecordsWhoWhenFromWhereAndTheMaskedBeforeAndAfter() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long customer = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		String newPhone = TestCustomers.mobile();
		api.as("zhang.rm").patch("/api/v1/customers/" + customer, Api.json("phone", newPhone), "\"0\"");

		var entries = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).body();

		var change = entries.get("content").get(0);
		assertThat(change.get("action").asString()).isEqualTo("customer.changed");
		assertThat(change.get("actor").asString()).isEqualTo("zhang.rm");
		assertThat(change.get("origin").asString()).isNotBlank();
		assertThat(change.get("occurredAt").asString()).endsWith("+08:00");
		assertThat(change.get("before").asString()).contains(((String) body.get("phone")).substring(0, 3) + "****");
		assertThat(change.get("after").asString()).contains(newPhone.substring(0, 3) + "****").doesNotContain(newPhone);
	}

	@Test
	void aBatchAppendWritesEveryEntryInOrderWithoutGapsAndKeepsTheChainValid() {
		String batch = "batch-" + UUID.randomUUID();
		long before = lastSeq();

		List<AuditEntry> entries = appendBatch(batch, 1_500);

		assertThat(entries).hasSize(1_500);
		for (int i = 0; i < entries.size(); i++) {
			AuditEntry entry = entries.get(i);
			assertThat(entry.entityId()).isEqualTo(batch + ":" + i);
			assertThat(entry.after()).isEqualTo("{\"n\":" + i + "}");
			assertThat(entry.actor()).isEqualTo("system:audit-test");
			if (i > 0) {
				assertThat(entry.seq()).isEqualTo(entries.get(i - 1).seq() + 1);
				assertThat(entry.prevHash()).isEqualTo(entries.get(i - 1).hash());
			}
		}
		assertThat(entries.get(0).seq()).isGreaterThan(before);
		String previous = jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class,
				entries.get(0).seq() - 1);
		assertThat(entries.get(0).prevHash()).isEqualTo(previous);
		var verified = api.as("chen.compliance").get("/api/v1/audit/verify").body();
		assertThat(verified.get("valid").asBoolean()).isTrue();
		assertThat(verified.get("entries").asLong()).isGreaterThanOrEqualTo(entries.get(entries.size() - 1).seq());
	}

	@Test
	void anEntryAlteredInTheMiddleOfABatchIsTheFirstBrokenEntry() {
		List<AuditEntry> entries = appendBatch("batch-" + UUID.randomUUID(), 20);
		long seq = entries.get(10).seq();

		String original = jdbc.queryForObject("select after_state from audit_entry where seq = ?", String.class, seq);
		tamper("update audit_entry set after_state = '{\"n\":99}' where seq = " + seq);
		try {
			var broken = api.as("chen.compliance").get("/api/v1/audit/verify").body();
			assertThat(broken.get("valid").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenEntry").asLong()).isEqualTo(seq);
		}
		finally {
			tamper("update audit_entry set after_state = '" + original + "' where seq = " + seq);
		}
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	@Test
	void aBatchAppendNeedsTheCallersTransaction() {
		assertThatThrownBy(() -> CurrentActor.runAs(Actor.system("audit-test"),
				() -> trail.recordAll(List.of(new AuditTrail.Change("test.appended", "audit-test", "x", null, null)))))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void theAppendsOfOneTransactionFollowOneAnotherAndTheNextTransactionFollowsTheLast() {
		String batch = "one-transaction-" + UUID.randomUUID();
		CurrentActor.runAs(Actor.system("audit-test"), () -> transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				trail.record("test.appended", "audit-test", batch + ":" + i, null, Map.of("n", i));
			}
			trail.recordAll(List.of(new AuditTrail.Change("test.appended", "audit-test", batch + ":3", null, null),
					new AuditTrail.Change("test.appended", "audit-test", batch + ":4", null, null)));
		}));
		List<AuditEntry> next = appendBatch(batch + "-next", 1);

		List<AuditEntry> entries = entriesOf(batch + ":%");
		assertThat(entries).extracting(AuditEntry::entityId)
			.containsExactly(batch + ":0", batch + ":1", batch + ":2", batch + ":3", batch + ":4");
		for (int i = 1; i < entries.size(); i++) {
			assertThat(entries.get(i).seq()).isEqualTo(entries.get(i - 1).seq() + 1);
			assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
		}
		assertThat(next.get(0).prevHash()).isEqualTo(
				jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, next.get(0).seq() - 1));
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Test
	void anEntryUndoneToASavepointLeavesNoGapAndTheTransactionsNextEntryFollowsTheOneBeforeIt() {
		String batch = "savepoint-" + UUID.randomUUID();
		var nested = new TransactionTemplate(transactionManager);
		nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
		CurrentActor.runAs(Actor.system("audit-test"), () -> transactions.executeWithoutResult(status -> {
			trail.record("test.appended", "audit-test", batch + ":kept-before", null, null);
			nested.executeWithoutResult(savepoint -> {
				trail.record("test.appended", "audit-test", batch + ":undone", null, null);
				savepoint.setRollbackOnly();
			});
			trail.record("test.appended", "audit-test", batch + ":kept-after", null, null);
		}));

		List<AuditEntry> entries = entriesOf(batch + ":%");
		assertThat(entries).extracting(AuditEntry::entityId).containsExactly(batch + ":kept-before", batch + ":kept-after");
		assertThat(entries.get(1).seq()).isEqualTo(entries.get(0).seq() + 1);
		assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	private List<AuditEntry> entriesOf(String entityIds) {
		return jdbc.query("select * from audit_entry where entity_type = 'audit-test' and entity_id like ? order by seq",
				AuditHashing.ROW, entityIds);
	}

	/** Appends {@code count} entries in one call and reads them back in sequence order. */
	private List<AuditEntry> appendBatch(String batch, int count) {
		List<AuditTrail.Change> changes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			changes.add(new AuditTrail.Change("test.appended", "audit-test", batch + ":" + i, null, Map.of("n", i)));
		}
		transactions.executeWithoutResult(
				status -> CurrentActor.runAs(Actor.system("audit-test"), () -> trail.recordAll(changes)));
		return jdbc.query("select * from audit_entry where entity_type = 'audit-test' and entity_id like ? order by seq",
				AuditHashing.ROW, batch + ":%");
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.clientcare.audit.internal.AuditKeys keys;

	@Test
	void aRowChangedWithEveryLaterHashRecomputedByWhoeverLacksTheKeyIsReportedAtThatRow() throws Exception {
		CurrentActor.runAs(Actor.system("test"), () -> transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 4; i++) {
				trail.record("test.recomputed", "test", UUID.randomUUID().toString(), null, Map.of("n", i));
			}
		}));
		try (var connection = dataSource.getConnection()) {
			var session = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
			// Appends wait while the chain is rewritten and put back.
			session.execute("select pg_advisory_lock(" + AuditTrail.CHAIN_LOCK + ")");
			try {
				long last = session.queryForObject("select max(seq) from audit_entry", Long.class);
				long changed = last - 2;
				List<AuditEntry> original = session.query("select * from audit_entry where seq >= ? order by seq",
						AuditHashing.ROW, changed);
				String prevHash = session.queryForObject("select hash from audit_entry where seq = ?", String.class, changed - 1);
				// The forger's own key under the id the entries carry: the chain links up, but not under the real key.
				var forger = new AuditHashing.Hasher(new org.clientcare.audit.internal.AuditKeys(
						original.get(0).keyId() + ":" + org.clientcare.audit.internal.AuditKeys.newKey()));
				session.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
				try {
					for (AuditEntry entry : original) {
						var forged = forger.hash(new AuditEntry(entry.seq(), entry.occurredAt(),
								entry.seq() == changed ? "someone.else" : entry.actor(), entry.origin(), entry.action(),
								entry.entityType(), entry.entityId(), entry.reason(), entry.before(), entry.after(), prevHash, null,
								entry.keyId()));
						session.update("update audit_entry set actor = ?, prev_hash = ?, hash = ? where seq = ?",
								entry.seq() == changed ? "someone.else" : entry.actor(), prevHash, forged, entry.seq());
						prevHash = forged;
					}

					var broken = api.as("chen.compliance").get("/api/v1/audit/verify").body();

					assertThat(broken.get("valid").asBoolean()).isFalse();
					assertThat(broken.get("firstBrokenEntry").asLong()).isEqualTo(changed);
				}
				finally {
					for (AuditEntry entry : original) {
						session.update("update audit_entry set actor = ?, prev_hash = ?, hash = ? where seq = ?", entry.actor(),
								entry.prevHash(), entry.hash(), entry.seq());
					}
					session.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
				}
			}
			finally {
				session.execute("select pg_advisory_unlock(" + AuditTrail.CHAIN_LOCK + ")");
			}
		}
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	@Autowired
	org.clientcare.audit.internal.AuditCheckpoints checkpoints;

	@Test
	void theNewestFiveEntriesDeletedAfterACheckpointAreReported() throws Exception {
		CurrentActor.runAs(Actor.system("test"), () -> transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 6; i++) {
				trail.record("test.truncated", "test", UUID.randomUUID().toString(), null, Map.of("n", i));
			}
		}));
		var sealed = checkpoints.run();
		assertThat(sealed).containsEntry("sealed", 1);
		long last = ((Number) sealed.get("entries")).longValue();
		try (var connection = dataSource.getConnection()) {
			var session = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
			session.execute("select pg_advisory_lock(" + AuditTrail.CHAIN_LOCK + ")");
			try {
				var newest = session.queryForList("select * from audit_entry where seq > ? order by seq", last - 5);
				session.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
				try {
					session.update("delete from audit_entry where seq > ?", last - 5);

					var truncated = api.as("chen.compliance").get("/api/v1/audit/verify").body();

					assertThat(truncated.get("valid").asBoolean()).isFalse();
					assertThat(truncated.get("firstBrokenEntry").asLong()).isEqualTo(last - 4);
				}
				finally {
					for (var row : newest) {
						session.update("""
								insert into audit_entry (seq, occurred_at, actor, origin, action, entity_type, entity_id, reason,
								  before_state, after_state, prev_hash, hash, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
								row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("origin"), row.get("action"),
								row.get("entity_type"), row.get("entity_id"), row.get("reason"), row.get("before_state"),
								row.get("after_state"), row.get("prev_hash"), row.get("hash"), row.get("key_id"));
					}
					session.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
				}
			}
			finally {
				session.execute("select pg_advisory_unlock(" + AuditTrail.CHAIN_LOCK + ")");
			}
		}
		assertThat(api.as("chen.compliance").get("/api/v1/audit/verify").body().get("valid").asBoolean()).isTrue();
	}

	@Test
	void entriesAreSealedWithThePrimaryKeyAndThoseUnderARetiredKeyStillVerify() {
		var rows = new org.clientcare.audit.internal.AuditEntries(
				org.springframework.jdbc.core.simple.JdbcClient.create(dataSource));
		var retired = new AuditTrail(rows, java.time.Clock.systemUTC(), new org.clientcare.audit.internal.AuditKeys(
						"1:3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGho="), null);
		String before = UUID.randomUUID().toString();
		String after = UUID.randomUUID().toString();
		CurrentActor.runAs(Actor.system("test"), () -> transactions.executeWithoutResult(status -> {
			jdbc.execute("select pg_advisory_xact_lock(" + AuditTrail.CHAIN_LOCK + ")");
			retired.record("test.rotated", "rotation", before, null, Map.of("key", "retired"));
		}));
		CurrentActor.runAs(Actor.system("test"), () -> transactions.executeWithoutResult(status -> trail.record("test.rotated",
				"rotation", after, null, Map.of("key", "primary"))));

		var verified = api.as("chen.compliance").get("/api/v1/audit/verify").body();

		assertThat(keyIdOf(before)).isEqualTo(1);
		assertThat(keyIdOf(after)).isEqualTo(keys.primaryId()).isEqualTo(2);
		assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
	}

	private int keyIdOf(String entityId) {
		return api.as("chen.compliance").get("/api/v1/audit?entityType=rotation&entityId=" + entityId).body()
			.at("/content/0/keyId").asInt();
	}

	private long lastSeq() {
		Long seq = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
		return seq == null ? 0 : seq;
	}

	private void tamper(String sql) {
		jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
		try {
			jdbc.execute(sql);
		}
		finally {
			jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
		}
	}
}
