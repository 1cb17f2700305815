package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class PiiAtRestTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noIdNumberPhoneEmailOrAddressAppearsInPlainTextAnywhereInTheDatabase() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		api.as("zhang.rm").patch("/api/v1/customers/" + id, Api.json("occupation", "工程师"), "\"0\"");
		api.as("chen.compliance").post("/api/v1/customers/" + id + "/pii-reveal", Api.json("reason", "check"));

		List<String> tables = jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""", String.class);
		assertThat(tables).contains("customer", "audit_entry", "event_publication");
		for (String secret : List.of((String) body.get("idNumber"), (String) body.get("phone"), (String) body.get("email"),
				(String) body.get("address"))) {
			for (String table : tables) {
				Long hits = jdbc.queryForObject("select count(*) from \"" + table + "\" t where t::text like ?", Long.class,
						"%" + secret + "%");
				assertThat(hits).as("%s in table %s", secret, table).isZero();
			}
		}
	}
}
