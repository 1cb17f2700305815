package org.clientcare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AuditTrailTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

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
