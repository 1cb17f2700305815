package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientcare.support.KeysBeforeRotation.underTheOldKey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.customer.internal.CustomerMaskFill;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A customer's personal information is stored masked beside its ciphertext, exactly as the API shows it, so that
 * lists and the customer view decrypt nothing; a row without its masks (written before they were stored) answers the
 * same and is filled by the application; a key rotation leaves the masks right.
 */
@IntegrationTest
class StoredMasksTest {

	/** The API's masked fields and the columns their stored forms are in. */
	private static final Map<String, String> COLUMNS = Map.of("idNumber", "id_number_masked", "birthDate",
			"birth_date_masked", "phone", "phone_masked", "email", "email_masked", "address", "address_masked");

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PiiCipher pii;

	@Autowired
	CustomerMaskFill fill;

	@Test
	void aRegisteredCustomersStoredMasksAreWhatTheViewAndTheListShow() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();

		Map<String, String> shown = shown(id);
		assertThat(shown.get("phone")).isNotNull().isNotEqualTo(body.get("phone")).contains("****");
		assertThat(stored(id)).isEqualTo(shown);
		assertThat(listed(id, (String) body.get("name"))).isEqualTo(shown);
	}

	@Test
	void aChangeStoresTheMasksOfTheNewValuesAndARemovedValueLosesItsMask() {
		var body = TestCustomers.corporate("SH-PD");
		body.put("phone", TestCustomers.mobile());
		body.put("address", "上海市浦东新区世纪大道100号");
		long id = api.as("zhao.manager").post("/api/v1/customers", body).body().get("id").asLong();

		var changed = api.as("zhao.manager").patch("/api/v1/customers/" + id, Api.json("phone", TestCustomers.mobile(),
				"email", "new.contact@example.com", "address", null, "birthDate", "1988-06-01"), "\"0\"");

		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		Map<String, String> shown = shown(id);
		assertThat(shown).containsEntry("email", "n***@example.com").containsEntry("birthDate", "1988-**-**")
			.containsEntry("address", null);
		assertThat(stored(id)).isEqualTo(shown);
	}

	@Test
	void aCustomerWhoseMasksAreMissingShowsTheSameAndTheApplicationFillsThem() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		Map<String, String> shown = shown(id);
		long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
		withoutMasks(id);

		assertThat(shown(id)).as("decrypted and masked as it is read").isEqualTo(shown);
		assertThat(fill.fillMissing()).isGreaterThanOrEqualTo(1);

		assertThat(stored(id)).isEqualTo(shown);
		assertThat(shown(id)).isEqualTo(shown);
		assertThat(jdbc.queryForObject("select version from customer where id = ?", Long.class, id))
			.as("filling a mask is not a change of the customer").isEqualTo(version);
	}

	@Test
	void aKeyRotationEncryptsTheValuesAgainAndTheirMasksStayRight() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		Map<String, String> shown = shown(id);
		Map<String, Object> row = jdbc.queryForMap("select * from customer where id = ?", id);
		jdbc.update("""
				update customer set id_number_enc = ?, phone_enc = ?, birth_date_enc = ?, email_enc = ?, address_enc = ?
				where id = ?""", underTheOldKey(pii, row.get("id_number_enc")),
				underTheOldKey(pii, row.get("phone_enc")), underTheOldKey(pii, row.get("birth_date_enc")),
				underTheOldKey(pii, row.get("email_enc")), underTheOldKey(pii, row.get("address_enc")), id);

		jdbc.update("delete from pii_rotation_progress");
		var run = api.as("admin").post("/api/v1/jobs/key-rotation/run", null);

		assertThat(run.status()).as(run.text()).isEqualTo(200);
		Map<String, Object> rotated = jdbc.queryForMap("select * from customer where id = ?", id);
		for (String column : List.of("id_number_enc", "phone_enc", "birth_date_enc", "email_enc", "address_enc")) {
			assertThat(PiiCipher.keyIdOf((byte[]) rotated.get(column))).as(column).isEqualTo((byte) 2);
			assertThat(Arrays.equals((byte[]) rotated.get(column), (byte[]) row.get(column))).as(column).isFalse();
		}
		assertThat(stored(id)).isEqualTo(shown);
		assertThat(shown(id)).isEqualTo(shown);
	}

	private void withoutMasks(long id) {
		jdbc.update("""
				update customer set id_number_masked = null, birth_date_masked = null, phone_masked = null,
				  email_masked = null, address_masked = null
				where id = ?""", id);
	}

	private Map<String, String> shown(long id) {
		var view = api.as("admin").get("/api/v1/customers/" + id);
		assertThat(view.status()).as(view.text()).isEqualTo(200);
		return masked(view.body());
	}

	private Map<String, String> listed(long id, String name) {
		var list = api.as("zhang.rm").get("/api/v1/customers?size=100&query=" + name);
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		for (JsonNode customer : list.body().get("content")) {
			if (customer.get("id").asLong() == id) {
				return masked(customer);
			}
		}
		throw new AssertionError("customer " + id + " is not in the list: " + list.text());
	}

	private Map<String, String> stored(long id) {
		Map<String, Object> row = jdbc.queryForMap("select * from customer where id = ?", id);
		Map<String, String> stored = new LinkedHashMap<>();
		COLUMNS.keySet().stream().sorted().forEach(field -> stored.put(field, (String) row.get(COLUMNS.get(field))));
		return stored;
	}

	private static Map<String, String> masked(JsonNode customer) {
		Map<String, String> masked = new LinkedHashMap<>();
		COLUMNS.keySet().stream().sorted().forEach(field -> {
			JsonNode value = customer.get(field);
			masked.put(field, value == null || value.isNull() ? null : value.asString());
		});
		return masked;
	}
}
