package org.clientcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientcare.support.KeysBeforeRotation.OLD;
import static org.clientcare.support.KeysBeforeRotation.underTheOldKey;

import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.Authorization;
import org.clientcare.privacy.internal.KeyRotationProgress;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.pii.PiiRewrite;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The test keys have a rotation under way (key 1 retired, 2 primary, the previous index key configured): values
 * written under the old keys are found through the dual read, and the {@code key-rotation} job moves them all under the
 * new ones, in batches of 7, audited.
 */
@IntegrationTest
class KeyRotationTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PiiCipher pii;

	@Autowired
	ObjectProvider<PiiRewrite> rewrites;

	@Autowired
	KeyRotationProgress progress;

	@Autowired
	AuditTrail audit;

	@Autowired
	Authorization authorization;

	@Autowired
	java.time.Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void valuesWrittenUnderTheOldKeysAreFoundDuringTheRotationAndAllEndUnderTheNewOnes() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		String phone = (String) body.get("phone");
		String idNumber = (String) body.get("idNumber");
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", id, "complainantName",
				body.get("name"), "contact", phone, "channel", "HOTLINE", "category", "FEES", "content", "费用不清楚"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		writtenUnderTheOldKeys(id, idNumber, phone);

		assertThat(api.as("zhang.rm").get("/api/v1/customers?query=" + phone).text())
			.as("the phone is found through the previous index key").contains("\"id\":" + id);

		jdbc.update("delete from pii_rotation_progress");
		var run = api.as("admin").post("/api/v1/jobs/key-rotation/run", null);
		assertThat(run.status()).as(run.text()).isEqualTo(200);

		assertThat(jdbc.queryForObject("""
				select count(*) from customer where get_byte(id_number_enc, 0) <> 2 or get_byte(phone_enc, 0) <> 2
				  or get_byte(birth_date_enc, 0) <> 2 or get_byte(email_enc, 0) <> 2 or get_byte(address_enc, 0) <> 2""",
				Long.class)).as("values under an old key").isZero();
		assertThat(jdbc.queryForObject("select count(*) from complaint where get_byte(contact_enc, 0) <> 2", Long.class))
			.isZero();
		Map<String, Object> row = jdbc.queryForMap("select * from customer where id = ?", id);
		assertThat(pii.decrypt((byte[]) row.get("phone_enc"))).isEqualTo(phone);
		assertThat(pii.decrypt((byte[]) row.get("id_number_enc"))).isEqualTo(idNumber);
		assertThat((byte[]) row.get("phone_hash")).isEqualTo(pii.searchHash(phone));
		assertThat((byte[]) row.get("id_number_hash")).isEqualTo(pii.searchHash(idNumber));
		assertThat(api.as("zhang.rm").get("/api/v1/customers?query=" + phone).text())
			.contains("\"id\":" + id);

		var status = api.as("admin").get("/api/v1/pii-key-rotation");
		assertThat(status.status()).as(status.text()).isEqualTo(200);
		assertThat(status.body().get("finished").asBoolean()).isTrue();
		assertThat(status.body().get("primaryKeyId").asInt()).isEqualTo(2);
		assertThat(status.body().get("dualRead").asBoolean()).isTrue();
		assertThat(status.body().get("tables").findValues("name").stream().map(n -> n.asText()).toList()).contains("customer", "complaint", "inquiry",
				"notification_outbox", "appointment", "assignment_key_person");
		assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'pii_rotation' order by seq desc limit 2",
				String.class)).containsExactly("pii.rotation.finished", "pii.rotation.started");
		assertThat(api.as("zhang.rm").get("/api/v1/pii-key-rotation").status()).isEqualTo(403);
	}

	@Test
	void aSecondRunOfAFinishedRotationRewritesNothing() {
		jdbc.update("delete from pii_rotation_progress");
		api.as("admin").post("/api/v1/jobs/key-rotation/run", null);

		var again = api.as("admin").post("/api/v1/jobs/key-rotation/run", null);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("result").findValues("rewritten")).isEmpty();
		assertThat(again.body().get("result").get("finished").asBoolean()).isTrue();
	}

	@Test
	void withOneKeyOfEachKindThereIsNothingToRotateTheJobWalksNothingAndThePageShowsTheTablesAsTheyAre() {
		PiiCipher oneKey = new PiiCipher("1:" + PiiCipher.newKey(), PiiCipher.newKey());
		KeyRotation rotation = new KeyRotation(rewrites, progress, oneKey, audit, authorization,
				new KeyRotationSettings(null, 7), clock, transactions);
		long audited = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'pii_rotation'", Long.class);

		Map<String, Object> report = rotation.run();
		KeyRotationStatus[] status = new KeyRotationStatus[1];
		CurrentActor.runAs(Actor.system("test"), () -> status[0] = rotation.status());

		assertThat(report).containsEntry("nothingToRotate", true).doesNotContainKey("customer");
		assertThat(progress.of(oneKey.version())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'pii_rotation'", Long.class))
			.as("no rotation started or finished in the audit trail").isEqualTo(audited);
		assertThat(status[0].nothingToRotate()).isTrue();
		assertThat(status[0].finished()).isTrue();
		assertThat(status[0].configuredKeys()).containsExactly(1);
		assertThat(status[0].tables()).filteredOn(table -> table.name().equals("customer")).singleElement()
			.satisfies(customers -> {
				assertThat(customers.rowsTotal()).isEqualTo(jdbc.queryForObject("select count(*) from customer", Long.class))
					.isPositive();
				assertThat(customers.rowsSeen()).isZero();
			});
		assertThat(pii.rotationConfigured()).as("the test keys: key 1 retired, a previous index key").isTrue();
	}

	private void writtenUnderTheOldKeys(long id, String idNumber, String phone) {
		Map<String, Object> row = jdbc.queryForMap("select * from customer where id = ?", id);
		jdbc.update("""
				update customer set id_number_enc = ?, id_number_hash = ?, phone_enc = ?, phone_hash = ?, birth_date_enc = ?,
				  email_enc = ?, address_enc = ? where id = ?""", OLD.encrypt(idNumber), OLD.searchHash(idNumber),
				OLD.encrypt(phone), OLD.searchHash(phone), underTheOldKey(pii, row.get("birth_date_enc")),
				underTheOldKey(pii, row.get("email_enc")), underTheOldKey(pii, row.get("address_enc")), id);
		jdbc.update("update complaint set contact_enc = ?, contact_hash = ? where customer_id = ?", OLD.encrypt(phone),
				OLD.searchHash("contact:" + phone), id);
		assertThat(jdbc.queryForList("select get_byte(phone_enc, 0) from customer where id = ?", Integer.class, id))
			.isEqualTo(List.of(1));
	}
}
