package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CustomerDataExportTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	long customer;

	String idNumber;

	String phone;

	@BeforeEach
	void aCustomerWithAComplaintARevisitAndAPurchase() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		idNumber = (String) body.get("idNumber");
		phone = (String) body.get("phone");
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		customer = created.body().get("id").asLong();
		var complaint = api.as("wang.agent").post("/api/v1/complaints", Api.json("customerId", customer,
				"complainantName", body.get("name"), "contact", phone, "channel", "HOTLINE", "category", "FEES",
				"content", "年费扣收有异议"));
		assertThat(complaint.status()).as(complaint.text()).isEqualTo(201);
		var purchase = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CORE-" + UUID.randomUUID(),
				"customerId", customer, "type", "PURCHASE", "productCode", "P-R3", "amount", "50000.00",
				"occurredAt", "2026-11-02T10:15:00+08:00"));
		assertThat(purchase.status()).as(purchase.text()).isEqualTo(201);
		await().until(() -> jdbc.queryForObject("select count(*) from revisit where customer_id = ?", Long.class,
				customer) > 0);
	}

	@Test
	void theExportHoldsTheComplaintTheRevisitThePurchaseAndTheUnmaskedIdNumberAndIsAudited() {
		var export = api.as("chen.compliance").get("/api/v1/customers/" + customer + "/export?reason=PIPL-2026-007");

		assertThat(export.status()).as(export.text()).isEqualTo(200);
		assertThat(export.header("Content-Disposition")).startsWith("attachment");
		var sections = export.body().get("sections");
		assertThat(sections.get("customer").get("record").get(0).get("idNumber").asString()).isEqualTo(idNumber);
		assertThat(sections.get("customer").get("record").get(0).get("phone").asString()).isEqualTo(phone);
		assertThat(sections.get("complaints").get("complaints").get(0).get("content").asString()).isEqualTo("年费扣收有异议");
		assertThat(sections.get("revisits").get("revisits").get(0).get("reason").asString()).isEqualTo("POST_PURCHASE");
		assertThat(sections.get("transactions").get("transactions").get(0).get("amount").decimalValue())
			.isEqualByComparingTo("50000.00");
		assertThat(sections.propertyNames()).contains("accounts", "tiering", "assignment", "suitability", "vip",
				"notifications", "appointments", "cases", "visits", "inquiries", "timeline", "care", "entitlement",
				"remediations", "privacyRequests");
		assertThat(export.text()).doesNotContain("Hash\"", "token");

		var trail = api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer);
		assertThat(trail.body().get("content").valueStream()).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("customer.exported");
			assertThat(entry.get("actor").asString()).isEqualTo("chen.compliance");
			assertThat(entry.get("reason").asString()).isEqualTo("PIPL-2026-007");
		});
		assertThat(trail.text()).doesNotContain(idNumber);
	}

	@Test
	void theExportHoldsTheCustomersRemediationsAndItsOwnPrivacyRequests() {
		var request = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", customer,
				"kind", "ACCESS", "channel", "BRANCH", "details", "客户要求复制其全部个人信息"));
		assertThat(request.status()).as(request.text()).isEqualTo(201);
		long unit = jdbc.queryForObject("select org_unit_id from customer where id = ?", Long.class, customer);
		jdbc.update("""
				insert into remediation (source, source_id, source_key, customer_id, org_unit_id, findings, opened_at,
				  due_date, status)
				values ('COMPLAINT', 1, ?, ?, ?, array['未充分揭示风险'], now(), current_date + 10, 'OPEN')""",
				"export-" + UUID.randomUUID(), customer, unit);

		var sections = api.as("chen.compliance").get("/api/v1/customers/" + customer + "/export?reason=PIPL-2026-008")
			.body().get("sections");

		assertThat(sections.get("remediations").get(0).get("findings").toString()).contains("未充分揭示风险");
		assertThat(sections.get("privacyRequests").get("requests").get(0).get("details").asString())
			.isEqualTo("客户要求复制其全部个人信息");
		assertThat(sections.get("privacyRequests").get("requests").get(0).get("kind").asString()).isEqualTo("ACCESS");
	}

	@Test
	void anExportWithoutAReasonIsRefusedNamingTheReason() {
		var refused = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/export");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text()).contains("\"reason\"");
	}

	@Test
	void aCustomerOutsideTheCallersScopeIsNotFoundAndAServiceAgentMayNotExport() {
		assertThat(api.as("li.rm").get("/api/v1/customers/" + customer + "/export?reason=curious").status())
			.isEqualTo(404);
		assertThat(api.as("wang.agent").get("/api/v1/customers/" + customer + "/export?reason=curious").status())
			.isEqualTo(403);
	}
}
