package org.clientcare.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imported customers — by a daily delta and by a go-live load — are stored with the masks the API shows of them. */
@IntegrationTest
class ImportedMasksTest {

	private static final List<String> FIELDS = List.of("address", "birthDate", "email", "idNumber", "phone");

	private static final List<String> COLUMNS = List.of("address_masked", "birth_date_masked", "email_masked",
			"id_number_masked", "phone_masked");

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

	@Test
	void aDeltaImportStoresTheMasksTheApiShows() {
		everyImportedCustomerIsStoredWithTheMasksTheApiShows("DELTA");
	}

	@Test
	void aGoLiveLoadStoresTheMasksTheApiShows() {
		everyImportedCustomerIsStoredWithTheMasksTheApiShows("GO_LIVE");
	}

	private void everyImportedCustomerIsStoredWithTheMasksTheApiShows(String mode) {
		var file = new ImportFiles();
		String person = file.good();
		String company = file.corporate();
		String full = file.everyColumn(ImportFiles.mobile(), "quan" + System.nanoTime() + "@example.com",
				"上海市浦东新区世纪大道1号");
		long importId = AdminImports.receive(imports, file.bytes());
		jdbc.sql("update customer_import set load_mode = ? where id = ?").params(mode, importId).update();

		CustomerImport done = AdminImports.asAdmin(() -> processor.process(importId));

		assertThat(done.status()).isEqualTo(CustomerImport.Status.DONE);
		for (String document : List.of(person, company, full)) {
			Map<String, Object> row = jdbc.sql("select * from customer where id_number_hash = ?")
				.param(pii.searchHash(document)).query().singleRow();
			var view = api.as("admin").get("/api/v1/customers/" + row.get("id"));
			assertThat(view.status()).as(view.text()).isEqualTo(200);
			Map<String, String> shown = new LinkedHashMap<>();
			Map<String, String> stored = new LinkedHashMap<>();
			for (int i = 0; i < FIELDS.size(); i++) {
				JsonNode value = view.body().get(FIELDS.get(i));
				shown.put(FIELDS.get(i), value == null || value.isNull() ? null : value.asString());
				stored.put(FIELDS.get(i), (String) row.get(COLUMNS.get(i)));
			}
			assertThat(stored).as(mode + " " + document).isEqualTo(shown);
			assertThat(shown.get("idNumber")).as("shown masked").isNotNull().isNotEqualTo(document).contains("*");
		}
	}
}
