package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns (SPEC §8, §12): the audience leaves out customers without marketing consent, opted out of the channel, in
 * a cooling-off period or restricted under PIPL (any campaign), counted by reason; the maker cannot approve; nothing is queued before compliance approves or
 * in quiet hours; then each customer of the audience gets it once.
 */
@IntegrationTest
class CampaignsTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMarketingCampaignReachesOnlyConsentingCustomersAfterComplianceApprovesAndOutsideQuietHours() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String maker = staff.user("BRANCH_MANAGER", unit);
		long reached = consenting(staff.customer(unit, null));
		long withoutConsent = staff.customer(unit, null);
		long optedOut = consenting(staff.customer(unit, null));
		api.as("admin").put("/api/v1/customers/" + optedOut + "/care",
				Api.json("language", "zh-CN", "channel", "SMS", "optedOut", List.of("SMS")));
		long coolingOff = consenting(staff.customer(unit, null));
		var purchase = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "CARE-" + coolingOff,
				"customerId", coolingOff, "type", "PURCHASE", "productCode", "P-R5", "amount", "100000.00", "occurredAt",
				OffsetDateTime.now().toString(), "riskAcknowledged", true));
		assertThat(purchase.status()).as(purchase.toString()).isEqualTo(201);
		Map<String, Object> segment = Api.json("orgUnits", List.of(unit));

		await().until(() -> staff.as(maker).post("/api/v1/segments/preview", Api.json("segment", segment, "purpose",
				"MARKETING", "channel", "SMS")).body().get("excluded").get("coolingOff").asLong() == 1);
		var preview = staff.as(maker).post("/api/v1/segments/preview",
				Api.json("segment", segment, "purpose", "MARKETING", "channel", "SMS")).body();
		assertThat(preview.get("audience").asLong()).isEqualTo(1);
		assertThat(preview.get("excluded").get("noConsent").asLong()).isEqualTo(1);
		assertThat(preview.get("excluded").get("optedOut").asLong()).isEqualTo(1);

		var created = staff.as(maker).post("/api/v1/campaigns", Api.json("name", "新基金发行说明", "purpose", "MARKETING",
				"channel", "SMS", "segment", segment, "template", Map.of("zh-CN", "新基金本周发行，欢迎垂询。", "en",
						"A new fund opens this week.")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.body().get("audience").asLong()).isEqualTo(1);
		assertThat(created.body().get("excluded").get("noConsent").asLong()).isEqualTo(1);

		api.as("admin").post("/api/v1/jobs/campaigns/run", Api.json());
		assertThat(messages(id)).isEmpty();

		var submitted = staff.as(maker).post("/api/v1/campaigns/" + id + "/submit", Api.json("reason", "新品推介"));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
		long approval = submitted.body().get("id").asLong();
		assertThat(staff.as(maker).post("/api/v1/approvals/" + approval + "/approve", Api.json()).status()).isEqualTo(403);
		assertThat(api.as("zhang.rm").post("/api/v1/approvals/" + approval + "/approve", Api.json()).status())
			.isIn(403, 404);
		var approved = api.as("chen.compliance").post("/api/v1/approvals/" + approval + "/approve", Api.json());
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

		// The next 09:00 lies within the 24-hour cooling-off period of the purchase; two hours before it is quiet.
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
		ZonedDateTime nine = now.toLocalDate().atTime(9, 0).atZone(now.getZone());
		ZonedDateTime nextNine = nine.isAfter(now) ? nine : nine.plusDays(1);
		clock.fixAt(nextNine.minusHours(2).toInstant());
		api.as("admin").post("/api/v1/jobs/campaigns/run", Api.json());
		assertThat(messages(id)).isEmpty();

		clock.fixAt(nextNine.toInstant());
		api.as("admin").post("/api/v1/jobs/campaigns/run", Api.json());
		api.as("admin").post("/api/v1/jobs/campaigns/run", Api.json());

		assertThat(messages(id)).containsExactly(reached);
		var campaign = staff.as(maker).get("/api/v1/campaigns/" + id).body();
		assertThat(campaign.get("status").asString()).isEqualTo("SENT");
		assertThat(campaign.get("queued").asLong()).isEqualTo(1);
		assertThat(api.as("chen.compliance").get("/api/v1/campaigns/" + id).status()).isEqualTo(200);
		assertThat(api.as("li.rm").get("/api/v1/campaigns/" + id).status()).isEqualTo(404);
	}

	@Test
	void aRestrictedCustomerIsLeftOutOfMarketingAndServiceCampaignsAndCountedAsRestricted() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String maker = staff.user("BRANCH_MANAGER", unit);
		long reached = consenting(staff.customer(unit, null));
		long restricted = consenting(staff.customer(unit, null));
		restrict(restricted);
		Map<String, Object> segment = Api.json("orgUnits", List.of(unit));

		for (String purpose : List.of("MARKETING", "SERVICE")) {
			var preview = staff.as(maker).post("/api/v1/segments/preview",
					Api.json("segment", segment, "purpose", purpose, "channel", "SMS")).body();
			assertThat(preview.get("audience").asLong()).as(purpose).isEqualTo(1);
			assertThat(preview.get("excluded").get("restricted").asLong()).as(purpose).isEqualTo(1);
		}
		var created = staff.as(maker).post("/api/v1/campaigns", Api.json("name", "服务升级通知", "purpose", "SERVICE",
				"channel", "SMS", "segment", segment, "template", Map.of("zh-CN", "网点本周六起延长营业时间。", "en",
						"Our branch opens longer from Saturday.")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.body().get("excluded").get("restricted").asLong()).isEqualTo(1);
		long approval = staff.as(maker).post("/api/v1/campaigns/" + id + "/submit", Api.json("reason", "服务通知"))
			.body().get("id").asLong();
		assertThat(api.as("chen.compliance").post("/api/v1/approvals/" + approval + "/approve", Api.json()).status())
			.isEqualTo(200);

		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
		clock.fixAt(now.toLocalDate().plusDays(1).atTime(10, 0).atZone(now.getZone()).toInstant());
		api.as("admin").post("/api/v1/jobs/campaigns/run", Api.json());

		assertThat(messages(id)).containsExactly(reached);
		var campaign = staff.as(maker).get("/api/v1/campaigns/" + id).body();
		assertThat(campaign.get("excluded").get("restricted").asLong()).isEqualTo(1);
	}

	/** A deletion request the law does not allow yet, answered by compliance: the customer is restricted. */
	private void restrict(long customer) {
		var request = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", customer, "kind",
				"DELETION", "channel", "BRANCH"));
		assertThat(request.status()).as(request.toString()).isEqualTo(201);
		var answer = api.as("chen.compliance").post("/api/v1/privacy-requests/" + request.body().get("id").asLong()
				+ "/answer", Api.json("answer", "依法保存，限制处理"));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

	@Test
	void aCampaignWithoutATextOrWithAnUnknownTierIsRefusedNamingTheFieldAndAnAccountManagerMayNotMakeOne() {
		var noText = api.as("zhao.manager").post("/api/v1/campaigns",
				Api.json("name", "x", "purpose", "SERVICE", "channel", "SMS"));
		var badTier = api.as("zhao.manager").post("/api/v1/campaigns", Api.json("name", "x", "purpose", "SERVICE",
				"channel", "SMS", "template", "你好", "segment", Api.json("tiers", List.of("GOLDEN"))));
		var manager = api.as("zhang.rm").post("/api/v1/campaigns",
				Api.json("name", "x", "purpose", "SERVICE", "channel", "SMS", "template", "你好"));

		assertThat(noText.status()).isEqualTo(400);
		assertThat(noText.text()).contains("\"template\"");
		assertThat(badTier.status()).isEqualTo(400);
		assertThat(badTier.text()).contains("segment.tiers");
		assertThat(manager.status()).isEqualTo(403);
	}

	@Test
	void thePreviewListsWhoIsLeftOutWithNumberNameAndReasonByPageFilteredByReasonAndOnlyWithinTheCallersReach() {
		TestStaff staff = new TestStaff(api);
		String unit = staff.subBranch();
		String maker = staff.user("BRANCH_MANAGER", unit);
		String elsewhere = staff.user("BRANCH_MANAGER", staff.subBranch());
		consenting(staff.customer(unit, null));
		long withoutConsent = staff.customer(unit, null);
		long optedOut = consenting(staff.customer(unit, null));
		api.as("admin").put("/api/v1/customers/" + optedOut + "/care",
				Api.json("language", "zh-CN", "channel", "SMS", "optedOut", List.of("SMS")));
		long restricted = consenting(staff.customer(unit, null));
		restrict(restricted);
		Map<String, Object> body = Api.json("segment", Api.json("orgUnits", List.of(unit)), "purpose", "MARKETING",
				"channel", "SMS");

		var all = staff.as(maker).post("/api/v1/segments/preview/excluded", body).body();
		var firstPage = staff.as(maker).post("/api/v1/segments/preview/excluded?page=0&size=2", body).body();
		var optedOutOnly = staff.as(maker).post("/api/v1/segments/preview/excluded?reason=optedOut", body).body();
		var otherBranch = staff.as(elsewhere).post("/api/v1/segments/preview/excluded", Api.json("purpose", "MARKETING",
				"channel", "SMS")).body();
		var tooLarge = staff.as(maker).post("/api/v1/segments/preview/excluded?size=501", body);
		var unknownReason = staff.as(maker).post("/api/v1/segments/preview/excluded?reason=bored", body);

		assertThat(all.get("totalElements").asLong()).isEqualTo(3);
		assertThat(values(all, "reason")).containsExactly("noConsent", "optedOut", "restricted");
		var first = all.get("content").get(0);
		var customer = api.as("admin").get("/api/v1/customers/" + withoutConsent).body();
		assertThat(first.get("id").asLong()).isEqualTo(withoutConsent);
		assertThat(first.get("customerNo").asString()).isEqualTo(customer.get("customerNo").asString());
		assertThat(first.get("name").asString()).isEqualTo(customer.get("name").asString());
		assertThat(first.has("idNumber")).isFalse();
		assertThat(firstPage.get("content").size()).isEqualTo(2);
		assertThat(firstPage.get("size").asInt()).isEqualTo(2);
		assertThat(firstPage.get("totalElements").asLong()).isEqualTo(3);
		assertThat(values(optedOutOnly, "id")).containsExactly(String.valueOf(optedOut));
		assertThat(values(otherBranch, "id")).doesNotContain(String.valueOf(withoutConsent),
				String.valueOf(optedOut), String.valueOf(restricted));
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.text()).contains("\"size\"");
		assertThat(unknownReason.status()).isEqualTo(400);
		assertThat(unknownReason.text()).contains("\"reason\"");
		assertThat(api.as("zhang.rm").post("/api/v1/segments/preview/excluded", body).status()).isEqualTo(403);
	}

	@Test
	void aSegmentNamingAnUnknownOrgUnitAccountManagerOrProductIsRefusedNamingEachListAndKnownOnesAreTaken() {
		var unknown = api.as("zhao.manager").post("/api/v1/segments/preview", Api.json("purpose", "SERVICE", "channel",
				"SMS", "segment", Api.json("orgUnits", List.of("NOPE"), "managers", List.of("no.one"), "productCodes",
						List.of("NO-SUCH-PRODUCT"))));
		var known = api.as("zhao.manager").post("/api/v1/segments/preview", Api.json("purpose", "SERVICE", "channel",
				"SMS", "segment", Api.json("orgUnits", List.of("SH-PD"), "managers", List.of("zhang.rm"), "productCodes",
						List.of("P-R2"))));

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.text()).contains("segment.orgUnits", "segment.managers", "segment.productCodes");
		assertThat(known.status()).as(known.text()).isEqualTo(200);
	}

	private long consenting(long customer) {
		var consent = api.as("admin").post("/api/v1/customers/" + customer + "/consents",
				Api.json("purpose", "MARKETING", "granted", true, "channel", "BRANCH"));
		assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
		return customer;
	}

	private static List<String> values(tools.jackson.databind.JsonNode page, String field) {
		List<String> values = new java.util.ArrayList<>();
		page.get("content").forEach(row -> values.add(row.get(field).isNumber() ? String.valueOf(row.get(field).asLong())
				: row.get(field).asString()));
		return values;
	}

	private List<Long> messages(long campaign) {
		return jdbc.sql("select customer_id from notification_outbox where event_key like ? order by id")
			.param("care-campaign:" + campaign + ":%").query(Long.class).list();
	}
}
