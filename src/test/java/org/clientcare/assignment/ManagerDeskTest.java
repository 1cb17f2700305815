package org.clientcare.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ManagerDeskTest {

	@Autowired
	Api api;

	long zhangsCustomer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	@Test
	void anAccountManagerKeepsTheDiaryPlanAndOpportunitiesOfItsOwnCustomer() {
		long customer = zhangsCustomer();
		String path = "/api/v1/customers/" + customer;
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

		var diary = api.as("zhang.rm").post(path + "/diary", Api.json("kind", "VISIT", "text", "上门走访，了解资金安排"));
		var plan = api.as("zhang.rm").post(path + "/plans", Api.json("year", year, "goals", "AUM 提升至 100 万",
				"actions", "每季度上门一次"));
		var secondPlan = api.as("zhang.rm").post(path + "/plans", Api.json("year", year, "goals", "g", "actions", "a"));
		var opportunity = api.as("zhang.rm").post(path + "/opportunities", Api.json("source", "客户转介绍",
				"product", "P-R3", "expectedAmount", "1250000.50"));

		assertThat(diary.status()).as(diary.text()).isEqualTo(201);
		assertThat(diary.body().get("date").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		assertThat(plan.status()).as(plan.text()).isEqualTo(201);
		assertThat(secondPlan.status()).isEqualTo(409);
		assertThat(opportunity.status()).as(opportunity.text()).isEqualTo(201);
		assertThat(opportunity.body().get("stage").asString()).isEqualTo("LEAD");
		assertThat(opportunity.body().get("expectedAmount").decimalValue()).isEqualByComparingTo("1250000.50");

		long id = opportunity.body().get("id").asLong();
		var won = api.as("zhang.rm").patch(path + "/opportunities/" + id, Api.json("stage", "WON"), null);
		var reopened = api.as("zhang.rm").patch(path + "/opportunities/" + id, Api.json("stage", "LEAD"), null);
		assertThat(won.status()).as(won.text()).isEqualTo(200);
		assertThat(won.body().get("stage").asString()).isEqualTo("WON");
		assertThat(reopened.status()).isEqualTo(409);

		assertThat(api.as("zhang.rm").get(path + "/diary").body().at("/content/0/text").asString()).isEqualTo("上门走访，了解资金安排");
		assertThat(api.as("zhao.manager").get(path + "/plans").body().at("/content/0/year").asInt()).isEqualTo(year);
		assertThat(api.as("zhao.manager").get(path + "/opportunities").body().at("/content/0/stage").asString())
			.isEqualTo("WON");
		assertThat(api.as("chen.compliance").get("/api/v1/audit?entityType=customer&entityId=" + customer).text())
			.contains("customer.diary-added", "customer.plan-added", "customer.opportunity-added",
					"customer.opportunity-staged");
	}

	@Test
	void aDiaryOf205EntriesAnswersPagesThatCountAll205WhereThePageShowsTheLatest200() {
		long customer = zhangsCustomer();
		String path = "/api/v1/customers/" + customer + "/diary";
		for (int i = 1; i <= 205; i++) {
			assertThat(api.as("zhang.rm").post(path, Api.json("kind", "NOTE", "text", "第 " + i + " 条")).status())
				.isEqualTo(201);
		}

		var last = api.as("zhang.rm").get(path + "?size=100&page=2").body();
		var newest = api.as("zhang.rm").get(path + "?size=1").body();

		assertThat(last.get("totalElements").asLong()).isEqualTo(205);
		assertThat(last.get("content").size()).isEqualTo(5);
		assertThat(last.at("/content/4/text").asString()).isEqualTo("第 1 条");
		assertThat(newest.at("/content/0/text").asString()).isEqualTo("第 205 条");
	}

	@Test
	void anotherAccountManagerFindsNoDeskForACustomerNotItsOwn() {
		long customer = zhangsCustomer();
		String path = "/api/v1/customers/" + customer;

		for (String part : new String[] { "/diary", "/key-persons", "/plans", "/opportunities" }) {
			assertThat(api.as("li.rm").get(path + part).status()).as(part).isEqualTo(404);
		}
		assertThat(api.as("li.rm").post(path + "/diary", Api.json("kind", "NOTE", "text", "越权")).status())
			.isEqualTo(404);
		assertThat(api.as("li.rm").post(path + "/opportunities", Api.json("source", "s", "product", "P-R2",
				"expectedAmount", 1000)).status()).isEqualTo(404);
		assertThat(api.as("chen.compliance").get(path + "/diary").status()).isEqualTo(200);
		assertThat(api.as("chen.compliance").post(path + "/diary", Api.json("kind", "NOTE", "text", "合规")).status())
			.isEqualTo(403);
	}

	@Test
	void badDeskInputIsRefusedNamingTheField() {
		String path = "/api/v1/customers/" + zhangsCustomer();

		var kind = api.as("zhang.rm").post(path + "/diary", Api.json("kind", "LUNCH", "text", "x"));
		var future = api.as("zhang.rm").post(path + "/diary", Api.json("kind", "NOTE", "text", "x",
				"date", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString()));
		var amount = api.as("zhang.rm").post(path + "/opportunities", Api.json("source", "s", "product", "P-R2",
				"expectedAmount", "-5"));

		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.body().get("errors").get(0).get("field").asString()).isEqualTo("kind");
		assertThat(future.body().get("errors").get(0).get("field").asString()).isEqualTo("date");
		assertThat(amount.body().get("errors").get(0).get("field").asString()).isEqualTo("expectedAmount");
	}

	@Test
	void keyPersonsBelongToCorporateCustomersAndTheirPhonesAreShownMasked() {
		long company = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.corporate("SH-PD")).body().get("id")
			.asLong();
		String path = "/api/v1/customers/" + company + "/key-persons";

		var added = api.as("zhang.rm").post(path, Api.json("name", "王总", "title", "财务总监", "phone", "13812345678"));
		var badPhone = api.as("zhang.rm").post(path, Api.json("name", "李总", "phone", "12345"));
		var individual = api.as("zhang.rm").post("/api/v1/customers/" + zhangsCustomer() + "/key-persons",
				Api.json("name", "王五"));

		assertThat(added.status()).as(added.text()).isEqualTo(201);
		assertThat(added.body().get("phone").asString()).isEqualTo("138****5678");
		assertThat(api.as("zhang.rm").get(path).text()).doesNotContain("13812345678").contains("138****5678");
		assertThat(badPhone.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
		assertThat(individual.status()).isEqualTo(409);
	}
}
