package org.clientcare.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.clientcare.customer.CustomersImported;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CustomerImportTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	CustomerImportManagement imports;

	@Autowired
	CustomerImportProcessor processor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher pii;

	@Autowired
	ApplicationEvents events;

	@Autowired
	com.github.kagkarlsson.scheduler.Scheduler scheduler;

	@Autowired
	BulkInsert bulk;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void goodRowsLandAndBadRowsComeBackWithLineFieldAndCode() throws Exception {
		var file = new ImportFiles();
		String person = file.good();
		String company = file.corporate();
		int checksum = file.nextLine();
		file.raw("INDIVIDUAL", "错号", "RESIDENT_ID", ImportFiles.wrongCheckDigit(), "", "", "", "", "", "", "", "SH-PD", "", "", "");
		int phone = file.nextLine();
		file.raw("INDIVIDUAL", "错电话", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "12345", "", "", "", "SH-PD", "", "", "");
		int unit = file.nextLine();
		file.raw("INDIVIDUAL", "错机构", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "", "", "", "", "SH-XX", "", "", "");
		int manager = file.nextLine();
		file.raw("INDIVIDUAL", "错经理", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "", "", "", "", "SH-PD", "li.rm", "", "");
		int columns = file.nextLine();
		file.raw("INDIVIDUAL", "少列", "RESIDENT_ID");
		int nul = file.nextLine();
		file.raw("INDIVIDUAL", "王\u0000五", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "", "", "", "", "SH-PD", "", "", "");

		var accepted = upload("admin", "customers.csv", "text/csv", file.bytes());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		long id = new Api.Response(202, java.util.Map.of(), accepted.body()).body()
			.get("importId").asLong();
		JsonNode done = awaitDone(id);

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("total").asLong()).isEqualTo(8);
		assertThat(done.get("imported").asLong()).isEqualTo(2);
		assertThat(done.get("rejected").asLong()).isEqualTo(6);
		assertThat(done.get("errors").toString())
			.contains(error(checksum, "idNumber", "checksum"), error(phone, "phone", "format"),
					error(unit, "orgUnit", "unknown"), error(manager, "managerUsername", "outside-unit"),
					error(columns, "line", "columns"), error(nul, "line", "nul"));
		var csv = api.as("core.feed").get("/api/v1/imports/" + id + "/errors.csv");
		assertThat(csv.text()).startsWith("line,field,code,message").contains(checksum + ",idNumber,checksum,");
		var found = api.as("admin").get("/api/v1/customers?query=" + person);
		assertThat(found.body().get("totalElements").asLong()).isEqualTo(1);
		assertThat(found.body().get("content").get(0).get("manager").asString()).isEqualTo("zhang.rm");
		assertThat(found.text()).doesNotContain(person);
		assertThat(holders(company)).isEqualTo(1);
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		var file = new ImportFiles();
		String first = file.good();
		file.good();
		file.corporate();
		file.raw("INDIVIDUAL", "", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "", "", "", "", "SH-PD", "", "", "");

		CustomerImport once = importNow(file.bytes());
		long audited = auditEntries();
		CustomerImport twice = importNow(file.bytes());

		assertThat(once.imported()).isEqualTo(3);
		assertThat(once.rejected()).isEqualTo(1);
		assertThat(twice.imported()).isZero();
		assertThat(twice.unchanged()).isEqualTo(3);
		assertThat(twice.rejected()).isEqualTo(1);
		assertThat(holders(first)).isEqualTo(1);
		assertThat(auditEntries()).isEqualTo(audited);
	}

	@Test
	void anImportStoppedAfterItsFirstBatchResumesWithoutLosingOrDuplicatingRows() {
		var file = new ImportFiles();
		List<String> people = new java.util.ArrayList<>();
		for (int i = 0; i < 25; i++) {
			people.add(file.good());
			if (i == 3 || i == 17) {
				file.raw("INDIVIDUAL", "坏行", "RESIDENT_ID", ImportFiles.wrongCheckDigit(), "", "", "", "", "", "", "",
						"SH-PD", "", "", "");
			}
		}
		long id = AdminImports.receive(imports, file.bytes());
		events.clear();

		CustomerImport crashed = AdminImports.asAdmin(() -> processor.process(id, 10, 1));
		assertThat(crashed.status()).isEqualTo(CustomerImport.Status.RUNNING);
		assertThat(crashed.processed()).isEqualTo(10);
		assertThat(crashed.imported() + crashed.rejected()).isEqualTo(10);

		CustomerImport resumed = AdminImports.asAdmin(() -> processor.process(id, 10, Integer.MAX_VALUE));
		assertThat(resumed.status()).isEqualTo(CustomerImport.Status.DONE);
		assertThat(resumed.processed()).isEqualTo(27);
		assertThat(resumed.imported()).isEqualTo(25);
		assertThat(resumed.rejected()).isEqualTo(2);
		assertThat(people).allSatisfy(person -> assertThat(holders(person)).isEqualTo(1));
		assertThat(jdbc.sql("select count(*) from customer_import_error where import_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(events.stream(CustomersImported.class)).extracting(CustomersImported::count).containsExactly(9, 9, 7);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'customer-import' and entity_id = ?")
			.param(Long.toString(id)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aGoLiveLoadStoppedHalfWayResumesAndEndsWithTheCountsOfADeltaImportAndEveryIndexRebuilt() {
		var earlier = new ImportFiles();
		String onFile = earlier.good();
		importNow(earlier.bytes());
		var file = new ImportFiles();
		List<String> people = new java.util.ArrayList<>();
		int bad = 0;
		for (int i = 0; i < 25; i++) {
			people.add(file.good());
			if (i == 4) {
				file.again();
			}
			if (i == 11) {
				bad = file.nextLine();
				file.raw("INDIVIDUAL", "坏行", "RESIDENT_ID", ImportFiles.wrongCheckDigit(), "", "", "", "", "", "", "",
						"SH-PD", "", "", "");
			}
		}
		file.raw("INDIVIDUAL", "老客户", "RESIDENT_ID", onFile, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		List<String> indexes = customerIndexes();
		long id = AdminImports.receive(imports, file.bytes());
		jdbc.sql("update customer_import set load_mode = 'GO_LIVE' where id = ?").param(id).update();
		events.clear();

		CustomerImport crashed = AdminImports.asAdmin(() -> processor.process(id, 10, 2));
		assertThat(crashed.status()).isEqualTo(CustomerImport.Status.RUNNING);
		assertThat(crashed.processed()).isEqualTo(20);
		assertThat(crashed.rejected()).isEqualTo(1);
		assertThat(holders(people.get(0))).as("written straight into the customer table").isEqualTo(1);
		assertThat(customerIndexes()).as("the primary key and the customer number stay while the others are dropped")
			.hasSize(2)
			.noneSatisfy(index -> assertThat(index).contains("(id_type, id_number_hash)"));
		var meanwhile = api.as("admin").post("/api/v1/customers", org.clientcare.support.TestCustomers.individual("SH-PD",
				"zhang.rm"));
		assertThat(meanwhile.status()).as("no one else files a customer while the load keeps the unique rule")
			.isEqualTo(503);
		assertThat(jdbc.sql("select count(*) from customer_import_dropped_index where import_id = ?").param(id)
			.query(Long.class).single()).as("every dropped index remembered")
			.isEqualTo(indexes.size() - customerIndexes().size());

		CustomerImport resumed = AdminImports.asAdmin(() -> processor.process(id, 10, Integer.MAX_VALUE));
		assertThat(resumed.status()).isEqualTo(CustomerImport.Status.DONE);
		assertThat(resumed.processed()).isEqualTo(28);
		assertThat(resumed.imported()).isEqualTo(25);
		assertThat(resumed.unchanged()).as("the repeated row and the customer on file").isEqualTo(2);
		assertThat(resumed.rejected()).isEqualTo(1);
		assertThat(people).allSatisfy(person -> assertThat(holders(person)).isEqualTo(1));
		assertThat(holders(onFile)).isEqualTo(1);
		assertThat(jdbc.sql("select line from customer_import_error where import_id = ?").param(id).query(Long.class)
			.list()).containsExactly((long) bad);
		assertThat(jdbc.sql("select count(*) from customer_import_row where import_id = ?").param(id).query(Long.class)
			.single()).isZero();
		assertThat(customerIndexes()).isEqualTo(indexes);
		assertThat(jdbc.sql("select count(*) from customer_import_dropped_index").query(Long.class).single()).isZero();
		assertThat(events.stream(CustomersImported.class)).extracting(CustomersImported::count).containsExactly(25);
		var found = api.as("admin").get("/api/v1/customers?query=" + people.get(7));
		assertThat(found.body().get("totalElements").asLong()).isEqualTo(1);
		CustomerImport again = importNow(file.bytes());
		assertThat(again.imported()).isZero();
		assertThat(again.unchanged()).isEqualTo(27);
	}

	@Test
	void aDocumentAnotherWriterFilesBetweenTwoBatchesOfAGoLiveLoadIsNotWrittenAgainByTheLoad() {
		var earlier = new ImportFiles();
		earlier.good();
		importNow(earlier.bytes());
		long unit = jdbc.sql("select org_unit_id from customer order by id limit 1").query(Long.class).single();
		String first = ImportFiles.residentId();
		String filedMeanwhile = ImportFiles.residentId();
		String fresh = ImportFiles.residentId();
		var known = new KnownDocuments();

		List<Long> firstBatch = transactions.execute(status -> bulk.write(List.of(sealed(2, first, unit)),
				java.time.Instant.now(), new BulkInsert.WriteTimes(), known));
		var other = new ImportFiles();
		other.raw("INDIVIDUAL", "另一个写入者", "RESIDENT_ID", filedMeanwhile, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		assertThat(importNow(other.bytes()).imported()).as("filed by another writer between the batches").isEqualTo(1);
		List<Long> secondBatch = transactions.execute(status -> bulk.write(
				List.of(sealed(3, filedMeanwhile, unit), sealed(4, fresh, unit)), java.time.Instant.now(),
				new BulkInsert.WriteTimes(), known));

		assertThat(firstBatch).hasSize(1);
		assertThat(secondBatch).as("only the document not on file yet is written").hasSize(1);
		assertThat(holders(first)).isEqualTo(1);
		assertThat(holders(filedMeanwhile)).isEqualTo(1);
		assertThat(holders(fresh)).isEqualTo(1);
	}

	@Test
	void aGoLiveLoadWritesNoDocumentTwiceNeitherOneOnFileNorOneRepeatedInALaterBatchOfTheFile() {
		var earlier = new ImportFiles();
		String onFile = earlier.good();
		importNow(earlier.bytes());
		List<String> indexes = customerIndexes();
		var file = new ImportFiles();
		String first = file.good();
		String second = file.good();
		file.raw("INDIVIDUAL", "老客户", "RESIDENT_ID", onFile, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		String third = file.good();
		file.raw("INDIVIDUAL", "重复", "RESIDENT_ID", first, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		int bad = file.nextLine();
		file.raw("INDIVIDUAL", "坏行", "RESIDENT_ID", ImportFiles.wrongCheckDigit(), "", "", "", "", "", "", "", "SH-PD", "",
				"", "");
		file.raw("INDIVIDUAL", "再重复", "RESIDENT_ID", second, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		long id = AdminImports.receive(imports, file.bytes());
		jdbc.sql("update customer_import set load_mode = 'GO_LIVE' where id = ?").param(id).update();

		CustomerImport done = AdminImports.asAdmin(() -> processor.process(id, 2, Integer.MAX_VALUE));

		assertThat(done.status()).isEqualTo(CustomerImport.Status.DONE);
		assertThat(done.imported()).isEqualTo(3);
		assertThat(done.unchanged()).as("the customer on file and two documents repeated in later batches")
			.isEqualTo(3);
		assertThat(done.rejected()).isEqualTo(1);
		assertThat(List.of(onFile, first, second, third)).allSatisfy(person -> assertThat(holders(person)).isEqualTo(1));
		assertThat(jdbc.sql("select name from customer where id_number_hash = ?").param(pii.searchHash(first))
			.query(String.class).single()).as("the first line of a document wins").isNotEqualTo("重复");
		assertThat(jdbc.sql("select line from customer_import_error where import_id = ?").param(id).query(Long.class)
			.list()).containsExactly((long) bad);
		assertThat(customerIndexes()).as("the unique rule built again").isEqualTo(indexes);
		assertThat(api.as("admin").post("/api/v1/customers", org.clientcare.support.TestCustomers.individual("SH-PD",
				"zhang.rm")).status()).as("other writers let in again").isEqualTo(201);
	}

	@Test
	void aGoLiveLoadWhoseUniqueRuleCannotBeBuiltAgainIsUndoneAndLeavesTheTableAsBefore() {
		var earlier = new ImportFiles();
		earlier.good();
		importNow(earlier.bytes());
		List<String> indexes = customerIndexes();
		var file = new ImportFiles();
		String loaded = file.good();
		List<String> documents = List.of(loaded, file.good(), file.good());
		int bad = file.nextLine();
		file.raw("INDIVIDUAL", "坏行", "RESIDENT_ID", ImportFiles.wrongCheckDigit(), "", "", "", "", "", "", "", "SH-PD", "",
				"", "");
		long id = AdminImports.receive(imports, file.bytes());
		jdbc.sql("update customer_import set load_mode = 'GO_LIVE' where id = ?").param(id).update();
		AdminImports.asAdmin(() -> processor.process(id, 2, 1));
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local clientcare.go_live_load = 'on'").update();
			jdbc.sql("""
					insert into customer (customer_no, type, name, id_type, id_number_enc, id_number_hash, status, org_unit_id,
					  relationship_since, contact_verified_at, created_at, updated_at)
					select 'X' || id, type, '绕过守卫', id_type, id_number_enc, id_number_hash, status, org_unit_id,
					  relationship_since, contact_verified_at, created_at, updated_at
					from customer where id_number_hash = ?""").param(pii.searchHash(loaded)).update();
		});
		assertThat(holders(loaded)).as("a writer got past the guard").isEqualTo(2);

		CustomerImport undone = AdminImports.asAdmin(() -> processor.process(id, 2, Integer.MAX_VALUE));

		assertThat(undone.status()).isEqualTo(CustomerImport.Status.FAILED);
		assertThat(undone.failure()).contains("undone");
		assertThat(undone.imported()).isZero();
		assertThat(documents).as("no customer of the file left, nor the one written past the guard")
			.allSatisfy(document -> assertThat(holders(document)).isZero());
		assertThat(customerIndexes()).as("every index as before").isEqualTo(indexes);
		assertThat(jdbc.sql("select count(*) from customer_import_dropped_index").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select line from customer_import_error where import_id = ?").param(id).query(Long.class)
			.list()).as("the rejected line still reported").containsExactly((long) bad);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'customer-import' and entity_id = ?"
				+ " and action = 'customer.import-undone'").param(Long.toString(id)).query(Long.class).single())
			.isEqualTo(1);
		assertThat(api.as("admin").post("/api/v1/customers", org.clientcare.support.TestCustomers.individual("SH-PD",
				"zhang.rm")).status()).as("other writers let in again").isEqualTo(201);
	}

	@Test
	void aGoLiveLoadWhoseLastStepMeetsALongReaderOfCustomersWaitsForItWithoutHoldingUpOtherReadersAndThenFinishes()
			throws Exception {
		var earlier = new ImportFiles();
		String onFile = earlier.good();
		importNow(earlier.bytes());
		List<String> indexes = customerIndexes();
		var file = new ImportFiles();
		List<String> people = List.of(file.good(), file.good(), file.good(), file.good());
		long id = AdminImports.receive(imports, file.bytes());
		jdbc.sql("update customer_import set load_mode = 'GO_LIVE' where id = ?").param(id).update();
		AdminImports.asAdmin(() -> processor.process(id, 2, 1));
		String last = jdbc.sql("""
				select index_name from customer_import_dropped_index where import_id = ? and index_name <> ?
				order by index_name limit 1""").param(id).param(BulkInsert.DOCUMENT_RULE).query(String.class).single();
		var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
		try (var lastIndex = dataSource.getConnection(); var job = dataSource.getConnection();
				var other = dataSource.getConnection()) {
			// One index's build is held back until a job reads customers; the load's last step then meets that job.
			lastIndex.setAutoCommit(false);
			lastIndex.createStatement().execute("select 1 from customer_import_dropped_index where import_id = " + id
					+ " and index_name = '" + last + "' for update");
			var load = executor.submit(() -> AdminImports.asAdmin(() -> processor.process(id, 2, Integer.MAX_VALUE)));
			await("every other index built").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
				.until(() -> jdbc.sql("select count(*) from customer_import_dropped_index where import_id = ?").param(id)
					.query(Long.class).single() == 2 && waiting("%delete from customer_import_dropped_index%"));
			job.setAutoCommit(false);
			job.createStatement().execute("select count(*) from customer");
			lastIndex.commit();
			await("the last step waiting for the customer table").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql("""
						select exists (select 1 from pg_locks where relation = 'customer'::regclass and not granted
						  and mode = 'AccessExclusiveLock')""").query(Boolean.class).single());

			// As a job's transaction waits for a statement of its own on another connection (the tiering job's chunks):
			// were the last step to wait in the table's queue until the job ends, that statement would queue behind it.
			other.createStatement().execute("set statement_timeout = '20s'");
			long started = System.nanoTime();
			try (var count = other.createStatement().executeQuery("select count(*) from customer")) {
				assertThat(count.next()).isTrue();
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("another reader not held up by the load's wait")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(load.isDone()).as("the load waits while the job reads").isFalse();
			job.commit();

			CustomerImport done = load.get(60, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(done.status()).isEqualTo(CustomerImport.Status.DONE);
			assertThat(done.imported()).isEqualTo(4);
		}
		finally {
			executor.shutdown();
			assertThat(executor.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}
		assertThat(customerIndexes()).as("every index and the unique rule built again").isEqualTo(indexes);
		assertThat(jdbc.sql("select count(*) from customer_import_dropped_index").query(Long.class).single()).isZero();
		assertThat(people).allSatisfy(person -> assertThat(holders(person)).isEqualTo(1));
		assertThat(holders(onFile)).isEqualTo(1);
		assertThat(api.as("admin").post("/api/v1/customers", org.clientcare.support.TestCustomers.individual("SH-PD",
				"zhang.rm")).status()).as("the guard lifted: other writers let in again").isEqualTo(201);
	}

	/** Whether a statement starting so waits for a lock. */
	private boolean waiting(String statement) {
		return jdbc.sql("""
				select exists (select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like ?)""")
			.param(statement).query(Boolean.class).single();
	}

	private BulkInsert.Sealed sealed(long line, String document, long unit) {
		return new BulkInsert.Sealed(line, "INDIVIDUAL", "批量" + line, "RESIDENT_ID", pii.encrypt(document),
				pii.searchHash(document), null, null, null, null, null, null, null, null, "ACTIVE", unit, null,
				java.time.LocalDate.now(), org.clientcare.customer.internal.MaskedPii.of(document, null, null, null, null));
	}

	@Test
	void aGoLiveLoadStoresEveryColumnAsADeltaImportDoes() {
		var file = new ImportFiles();
		String person = file.good();
		String company = file.corporate();
		String mobile = ImportFiles.mobile();
		String full = file.everyColumn(mobile, "quan@example.com", "上海市浦东新区世纪大道1号");
		long id = AdminImports.receive(imports, file.bytes());
		jdbc.sql("update customer_import set load_mode = 'GO_LIVE' where id = ?").param(id).update();

		CustomerImport done = AdminImports.asAdmin(() -> processor.process(id));

		assertThat(done.status()).isEqualTo(CustomerImport.Status.DONE);
		assertThat(done.imported()).isEqualTo(3);
		var row = jdbc.sql("""
				select customer_no, type, name, id_type, id_number_enc, id_expiry, birth_date_enc, gender, phone_enc,
				  phone_hash, email_enc, address_enc, occupation, status, relationship_since,
				  (select code from org_unit o where o.id = c.org_unit_id) as unit,
				  (select username from staff_user u where u.id = c.manager_id) as manager
				from customer c where id_number_hash = ?""").param(pii.searchHash(full)).query().singleRow();
		assertThat(row).containsEntry("type", "INDIVIDUAL").containsEntry("name", "全字段")
			.containsEntry("id_type", "RESIDENT_ID").containsEntry("id_expiry", java.sql.Date.valueOf("2031-02-28"))
			.containsEntry("gender", "FEMALE").containsEntry("occupation", "教师").containsEntry("status", "PROSPECT")
			.containsEntry("relationship_since", java.sql.Date.valueOf("1999-12-31")).containsEntry("unit", "SH-PD")
			.containsEntry("manager", "zhang.rm");
		assertThat((String) row.get("customer_no")).as("numbered as a registration is").matches("C[0-9]{10}");
		assertThat(jdbc.sql("select count(distinct customer_no) = count(*) from customer").query(Boolean.class).single())
			.as("no customer number given twice").isTrue();
		assertThat(pii.decrypt((byte[]) row.get("id_number_enc"))).isEqualTo(full);
		assertThat(pii.decrypt((byte[]) row.get("birth_date_enc"))).isEqualTo("1980-03-04");
		assertThat(pii.decrypt((byte[]) row.get("phone_enc"))).isEqualTo(mobile);
		assertThat((byte[]) row.get("phone_hash")).isEqualTo(pii.searchHash(mobile));
		assertThat(pii.decrypt((byte[]) row.get("email_enc"))).isEqualTo("quan@example.com");
		assertThat(pii.decrypt((byte[]) row.get("address_enc"))).isEqualTo("上海市浦东新区世纪大道1号");
		var bare = jdbc.sql("""
				select id_expiry, birth_date_enc, gender, phone_enc, phone_hash, email_enc, address_enc, occupation,
				  manager_id, status
				from customer where id_number_hash = ?""").param(pii.searchHash(company)).query().singleRow();
		assertThat(bare).containsEntry("id_expiry", null).containsEntry("birth_date_enc", null)
			.containsEntry("gender", null).containsEntry("phone_enc", null).containsEntry("phone_hash", null)
			.containsEntry("email_enc", null).containsEntry("address_enc", null).containsEntry("occupation", null)
			.containsEntry("manager_id", null).containsEntry("status", "ACTIVE");
		assertThat(holders(person)).isEqualTo(1);
	}

	@Test
	void aDeltaStoresEveryColumnAndKeepsTheFirstLineOfADocumentItsBatchRepeats() {
		var earlier = new ImportFiles();
		String onFile = earlier.good();
		importNow(earlier.bytes());
		var file = new ImportFiles();
		String mobile = ImportFiles.mobile();
		String full = file.everyColumn(mobile, "quan@example.com", "上海市浦东新区世纪大道1号");
		file.raw("INDIVIDUAL", "重复", "RESIDENT_ID", full, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		file.raw("INDIVIDUAL", "老客户", "RESIDENT_ID", onFile, "", "", "", "", "", "", "", "SH-PD", "", "", "");
		String company = file.corporate();

		CustomerImport done = importNow(file.bytes());

		assertThat(done.status()).isEqualTo(CustomerImport.Status.DONE);
		assertThat(done.imported()).isEqualTo(2);
		assertThat(done.unchanged()).as("the repeated line and the customer on file").isEqualTo(2);
		var row = jdbc.sql("""
				select customer_no, name, id_expiry, birth_date_enc, gender, phone_enc, phone_hash, email_enc, address_enc,
				  occupation, status, relationship_since,
				  (select code from org_unit o where o.id = c.org_unit_id) as unit,
				  (select username from staff_user u where u.id = c.manager_id) as manager
				from customer c where id_number_hash = ?""").param(pii.searchHash(full)).query().singleRow();
		assertThat(row).as("the first line of a document wins").containsEntry("name", "全字段")
			.containsEntry("id_expiry", java.sql.Date.valueOf("2031-02-28")).containsEntry("gender", "FEMALE")
			.containsEntry("occupation", "教师").containsEntry("status", "PROSPECT")
			.containsEntry("relationship_since", java.sql.Date.valueOf("1999-12-31")).containsEntry("unit", "SH-PD")
			.containsEntry("manager", "zhang.rm");
		assertThat((String) row.get("customer_no")).as("numbered as a registration is").matches("C[0-9]{10}");
		assertThat(pii.decrypt((byte[]) row.get("birth_date_enc"))).isEqualTo("1980-03-04");
		assertThat(pii.decrypt((byte[]) row.get("phone_enc"))).isEqualTo(mobile);
		assertThat((byte[]) row.get("phone_hash")).isEqualTo(pii.searchHash(mobile));
		assertThat(pii.decrypt((byte[]) row.get("email_enc"))).isEqualTo("quan@example.com");
		assertThat(pii.decrypt((byte[]) row.get("address_enc"))).isEqualTo("上海市浦东新区世纪大道1号");
		var bare = jdbc.sql("select id_expiry, phone_enc, manager_id, status from customer where id_number_hash = ?")
			.param(pii.searchHash(company)).query().singleRow();
		assertThat(bare).containsEntry("id_expiry", null).containsEntry("phone_enc", null)
			.containsEntry("manager_id", null).containsEntry("status", "ACTIVE");
		assertThat(holders(onFile)).isEqualTo(1);
	}

	@Test
	void aDeltaBatchRolledBackLeavesNoRowBehindForTheNextBatch() {
		var earlier = new ImportFiles();
		earlier.good();
		importNow(earlier.bytes());
		long unit = jdbc.sql("select org_unit_id from customer order by id limit 1").query(Long.class).single();
		String rolledBack = ImportFiles.residentId();
		String next = ImportFiles.residentId();

		transactions.executeWithoutResult(status -> {
			assertThat(bulk.insert(List.of(sealed(2, rolledBack, unit)), java.time.Instant.now())).hasSize(1);
			status.setRollbackOnly();
		});
		List<Long> nextBatch = transactions.execute(status -> bulk.insert(List.of(sealed(3, next, unit)),
				java.time.Instant.now()));

		assertThat(nextBatch).hasSize(1);
		assertThat(holders(rolledBack)).isZero();
		assertThat(holders(next)).isEqualTo(1);
	}

	@Test
	void aDocumentAnotherWriterFilesWhileADeltaBatchIsCopiedInIsSkippedAndTheRestOfTheBatchGoesIn() throws Exception {
		var earlier = new ImportFiles();
		earlier.good();
		importNow(earlier.bytes());
		long unit = jdbc.sql("select org_unit_id from customer order by id limit 1").query(Long.class).single();
		String filedMeanwhile = ImportFiles.residentId();
		String fresh = ImportFiles.residentId();
		var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
		try (var other = dataSource.getConnection()) {
			// The other writer's customer is in the table but not committed when the batch is copied in: invisible to
			// the batch's look-up, it makes the copy wait on the unique index until the writer commits.
			other.setAutoCommit(false);
			try (var insert = other.prepareStatement("""
					insert into customer (customer_no, type, name, id_type, id_number_hash, status, org_unit_id,
					  relationship_since, contact_verified_at, created_at, updated_at)
					values ('C' || lpad(nextval('customer_no_seq')::text, 10, '0'), 'INDIVIDUAL', '另一个写入者',
					  'RESIDENT_ID', ?, 'ACTIVE', ?, current_date, now(), now(), now())""")) {
				insert.setBytes(1, pii.searchHash(filedMeanwhile));
				insert.setLong(2, unit);
				insert.executeUpdate();
			}
			var batch = executor.submit(() -> transactions.execute(status -> bulk.insert(
					List.of(sealed(2, filedMeanwhile, unit), sealed(3, fresh, unit)), java.time.Instant.now())));
			await("the batch's copy waiting for the other writer").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20)).until(() -> waiting("copy customer %"));
			other.commit();

			assertThat(batch.get(60, java.util.concurrent.TimeUnit.SECONDS))
				.as("the batch commits with the document not on file yet").hasSize(1);
		}
		finally {
			executor.shutdown();
			assertThat(executor.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}
		assertThat(holders(filedMeanwhile)).isEqualTo(1);
		assertThat(holders(fresh)).isEqualTo(1);
	}

	private List<String> customerIndexes() {
		return jdbc.sql("select indexdef from pg_indexes where tablename = 'customer' order by indexname")
			.query(String.class).list();
	}

	@Test
	void onlyAdministratorsAndTheCoreFeedMayImport() throws Exception {
		var file = new ImportFiles();
		file.corporate();

		assertThat(upload("zhang.rm", "c.csv", "text/csv", file.bytes()).statusCode()).isEqualTo(403);
		assertThat(upload("chen.compliance", "c.csv", "text/csv", file.bytes()).statusCode()).isEqualTo(403);
		var accepted = upload("core.feed", "c.csv", "text/csv", file.bytes());
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(api.as("zhao.manager").get("/api/v1/imports/1").status()).isEqualTo(403);
	}

	@Test
	void aMissingFileOrAFileThatIsNotAnImportFileIsRefused() throws Exception {
		var none = multipart("admin", "other", "x.csv", "text/csv", "type,name\n".getBytes(StandardCharsets.UTF_8));
		var picture = upload("admin", "photo.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
		var wrongHeader = upload("admin", "people.csv", "text/csv", "名字,电话\n张三,13800138000\n".getBytes(StandardCharsets.UTF_8));
		var json = api.as("admin").post("/api/v1/imports/customers", Api.json("file", "x"));

		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("\"field\":\"file\"", "\"code\":\"required\"");
		assertThat(picture.statusCode()).isEqualTo(400);
		assertThat(picture.body()).contains("\"field\":\"file\"");
		assertThat(wrongHeader.statusCode()).isEqualTo(400);
		assertThat(wrongHeader.body()).contains("\"code\":\"header\"");
		assertThat(json.status()).isEqualTo(400);
	}

	@Test
	void brokenMultipartBodiesAndUnknownOrMalformedImportIdsAreAnsweredWithoutAServerError() throws Exception {
		var broken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/imports/customers"))
			.header("Content-Type", "multipart/form-data; boundary=nothing-like-it")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("--other\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(api.as("admin").get("/api/v1/imports/abc").status()).isEqualTo(400);
		assertThat(api.as("admin").get("/api/v1/imports/987654321").status()).isEqualTo(404);
		assertThat(api.as("admin").get("/api/v1/imports/987654321/errors.csv").status()).isEqualTo(404);
	}

	@Test
	void anImportWhoseEveryRunFailsIsFailedAfterThreeAttemptsWithItsReasonOnTheApiAndThePageAndIsNoLongerRetried()
			throws Exception {
		jdbc.sql("""
				create or replace function refuse_customer_for_test() returns trigger language plpgsql as $$
				begin raise exception 'the database refuses customer %', new.name; end $$""").update();
		jdbc.sql("""
				create trigger refuse_customer_for_test before insert on customer for each row
				when (new.name = '拒收客户') execute function refuse_customer_for_test()""").update();
		try {
			var file = new ImportFiles();
			file.good();
			file.raw("INDIVIDUAL", "拒收客户", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "", "", "", "", "SH-PD",
					"", "", "");
			var accepted = upload("admin", "refused.csv", "text/csv", file.bytes());
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			long id = new Api.Response(202, java.util.Map.of(), accepted.body()).body().get("importId").asLong();

			JsonNode failed = await("import " + id + " failed").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(200)).until(() -> {
					scheduler.triggerCheckForDueExecutions();
					return api.as("admin").get("/api/v1/imports/" + id).body();
				}, status -> !List.of("QUEUED", "RUNNING").contains(status.get("status").asString()));

			assertThat(failed.get("status").asString()).isEqualTo("FAILED");
			assertThat(failed.get("failedAttempts").asInt()).isEqualTo(3);
			assertThat(failed.get("failure").asString()).contains("the database refuses customer 拒收客户");
			assertThat(failed.get("imported").asLong()).as("the batch never went in").isZero();
			assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'customer-import' and task_instance = ?")
				.param(Long.toString(id)).query(Long.class).single()).as("the task no longer runs").isZero();
			HttpClient browser = SignedInPages.as("admin", port);
			var english = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import?id="
					+ id + "&lang=en")).build(), HttpResponse.BodyHandlers.ofString());
			var chinese = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import?id="
					+ id + "&lang=zh-CN")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(english.body()).contains("The import failed 3 times in a row and is no longer tried again",
					"the database refuses customer 拒收客户");
			assertThat(chinese.body()).contains("导入连续失败 3 次，已停止重试", "the database refuses customer 拒收客户");
		}
		finally {
			jdbc.sql("drop trigger refuse_customer_for_test on customer").update();
			jdbc.sql("drop function refuse_customer_for_test()").update();
		}
	}

	@Test
	void thePageShowsAnImportsCountsAndRejectedRowsToAnAdministrator() throws Exception {
		var file = new ImportFiles();
		file.good();
		int bad = file.nextLine();
		file.raw("INDIVIDUAL", "错电话", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "12345", "", "", "", "SH-PD", "", "", "");
		CustomerImport done = importNow(file.bytes());
		HttpClient browser = SignedInPages.as("admin", port);

		var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import?id="
				+ done.id() + "&lang=en")).build(), HttpResponse.BodyHandlers.ofString());
		var fragment = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import/"
				+ done.id() + "/progress")).header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
		var csv = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import/"
				+ done.id() + "/errors.csv")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"import-imported\">1<", "id=\"import-rejected\">1<", "Done")
			.doesNotContain("hx-trigger=\"every");
		assertThat(fragment.body()).startsWith("<section").contains(">" + bad + "<", "phone", "format");
		assertThat(csv.body()).contains(bad + ",phone,format,");
	}

	@Test
	void theImportPageShowsNoEmptyBoxBeforeAFileIsChosenAndTheProgressAsACardOnceThereIsOne() throws Exception {
		var file = new ImportFiles();
		file.good();
		CustomerImport done = importNow(file.bytes());
		HttpClient browser = SignedInPages.as("admin", port);

		var fresh = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import"))
			.build(), HttpResponse.BodyHandlers.ofString());
		var shown = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import?id="
				+ done.id())).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(fresh.body()).as("the place the progress will show in, empty and without a frame")
			.containsPattern("<section id=\"import-progress\"(?![^>]*class=)[^>]*>\\s*</section>");
		assertThat(shown.body()).containsPattern("<section id=\"import-progress\"[^>]*class=\"card\"");
	}

	@Test
	void theChinesePageGivesTheReasonOfARejectedRowInChinese() throws Exception {
		var file = new ImportFiles();
		file.raw("INDIVIDUAL", "错电话", "RESIDENT_ID", ImportFiles.residentId(), "", "", "", "12345", "", "", "", "SH-PD", "", "", "");
		CustomerImport done = importNow(file.bytes());
		HttpClient browser = SignedInPages.as("admin", port);

		var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers/import?id="
				+ done.id() + "&lang=zh-CN")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.body()).contains("<td>格式错误</td>").doesNotContain("Not a mainland China mobile number");
	}

	private JsonNode awaitDone(long id) {
		return await("import " + id + " done").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			var status = api.as("admin").get("/api/v1/imports/" + id);
			assertThat(status.status()).as(status.text()).isEqualTo(200);
			return status.body();
		}, status -> List.of("DONE", "FAILED").contains(status.get("status").asString()));
	}

	private CustomerImport importNow(byte[] content) {
		long id = AdminImports.receive(imports, content);
		return AdminImports.asAdmin(() -> processor.process(id));
	}

	private long holders(String document) {
		return jdbc.sql("select count(*) from customer where id_number_hash = ?").param(pii.searchHash(document))
			.query(Long.class).single();
	}

	private long auditEntries() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private static String error(int line, String field, String code) {
		return "{\"line\":" + line + ",\"field\":\"" + field + "\",\"code\":\"" + code + "\"";
	}

	private HttpResponse<String> upload(String user, String fileName, String type, byte[] content) throws Exception {
		return multipart(user, "file", fileName, type, content);
	}

	private HttpResponse<String> multipart(String user, String part, String fileName, String type, byte[] content)
			throws Exception {
		String boundary = "----clientcare" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/customers"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
