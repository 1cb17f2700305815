package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.clientcare.shared.CustomerId;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CustomerRegistrationTest {

	@Autowired
	Api api;

	@Autowired
	CustomerManagement customers;

	@Test
	void theAgesOfManyCustomersAreEachTheAgeOfOneAndLeaveOutThoseWithoutABirthDate() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		CustomerId sixty = registered(TestCustomers.bornOn(LocalDate.of(1966, 3, 1), "SH-PD", "zhang.rm"));
		CustomerId fiftyNine = registered(TestCustomers.bornOn(LocalDate.of(1966, 3, 2), "SH-PD", "zhang.rm"));
		CustomerId company = new CustomerId(api.as("zhao.manager").post("/api/v1/customers",
				TestCustomers.corporate("SH")).body().get("id").asLong());
		CustomerId nobody = new CustomerId(Long.MAX_VALUE);

		Map<CustomerId, Integer> ages = customers.agesOn(List.of(sixty, fiftyNine, company, nobody), day);

		assertThat(ages).containsOnly(Map.entry(sixty, 60), Map.entry(fiftyNine, 59));
		assertThat(ages.get(sixty)).isEqualTo(customers.ageOn(sixty, day));
		assertThat(ages.get(fiftyNine)).isEqualTo(customers.ageOn(fiftyNine, day));
		assertThat(customers.ageOn(company, day)).isNull();
	}

	private CustomerId registered(Map<String, Object> body) {
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return new CustomerId(created.body().get("id").asLong());
	}

	@Test
	void residentIdWithMatchingBirthDateIsRegisteredAndAnsweredMasked() {
		var created = api.as("zhang.rm").post("/api/v1/customers", Api.json("type", "INDIVIDUAL", "name", "测试居民",
				"idType", "RESIDENT_ID", "idNumber", "11010519491231002X", "birthDate", "1949-12-31", "orgUnit", "SH-PD",
				"phone", "13800138000"));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		var body = created.body();
		assertThat(created.header("Location")).isEqualTo("/api/v1/customers/" + body.get("id").asLong());
		assertThat(body.get("customerNo").asString()).matches("C\\d{10}");
		assertThat(body.get("idNumber").asString()).isEqualTo("110105********002X");
		assertThat(body.get("phone").asString()).isEqualTo("138****8000");
		assertThat(body.get("birthDate").asString()).isEqualTo("1949-**-**");
		assertThat(body.get("gender").asString()).isEqualTo("FEMALE");
		assertThat(body.get("manager").asString()).isEqualTo("zhang.rm");
		assertThat(created.text()).doesNotContain("11010519491231002X", "13800138000");

		var again = api.as("zhang.rm").post("/api/v1/customers", Api.json("type", "INDIVIDUAL", "name", "另一人",
				"idType", "RESIDENT_ID", "idNumber", "11010519491231002x", "orgUnit", "SH-PD"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("existingCustomerId").asLong()).isEqualTo(body.get("id").asLong());
	}

	@Test
	void residentIdWithAnotherLastCharacterIsRefusedNamingIdNumber() {
		var refused = api.as("zhang.rm").post("/api/v1/customers", Api.json("type", "INDIVIDUAL", "name", "错号",
				"idType", "RESIDENT_ID", "idNumber", "110105194912310021", "orgUnit", "SH-PD"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
		assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("checksum");
	}

	@Test
	void birthDateThatDisagreesWithTheResidentIdIsRefused() {
		Map<String, Object> body = TestCustomers.individual("SH-PD", "zhang.rm");
		body.put("birthDate", "1949-12-30");

		var refused = api.as("zhang.rm").post("/api/v1/customers", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
		assertThat(refused.body().get("errors").get(0).get("code").asString()).isEqualTo("mismatch");
	}

	@Test
	void uniformSocialCreditCodeIsCheckedByItsCheckCharacter() {
		var accepted = api.as("zhao.manager").post("/api/v1/customers", Api.json("type", "CORPORATE",
				"name", "测试科技有限公司", "idType", "USCC", "idNumber", "91110000100010433L", "orgUnit", "SH"));
		var refused = api.as("zhao.manager").post("/api/v1/customers", Api.json("type", "CORPORATE",
				"name", "测试科技有限公司", "idType", "USCC", "idNumber", "91110000100010433M", "orgUnit", "SH"));

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
	}

	@Test
	void theSameDocumentTwiceIsAConflictThatNamesTheCustomerOnlyToThoseWhoMaySeeIt() {
		Map<String, Object> body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		Map<String, Object> sameDocument = TestCustomers.individual("SH-XH", "li.rm");
		sameDocument.put("idNumber", body.get("idNumber"));
		sameDocument.put("birthDate", body.get("birthDate"));

		var seenByLi = api.as("li.rm").post("/api/v1/customers", sameDocument);
		var seenByZhang = api.as("zhang.rm").post("/api/v1/customers", body);

		assertThat(seenByLi.status()).isEqualTo(409);
		assertThat(seenByLi.body().has("existingCustomerId")).isFalse();
		assertThat(seenByZhang.status()).isEqualTo(409);
		assertThat(seenByZhang.body().get("existingCustomerId").asLong()).isEqualTo(id);
	}

	@Test
	void aPhoneThatIsNotAMainlandMobileIsRefused() {
		Map<String, Object> body = TestCustomers.individual("SH-PD", "zhang.rm");
		body.put("phone", "02161234567");

		var refused = api.as("zhang.rm").post("/api/v1/customers", body);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
	}

	@Test
	void anIndividualCannotBeRegisteredWithACompanyCode() {
		var refused = api.as("zhang.rm").post("/api/v1/customers", Api.json("type", "INDIVIDUAL", "name", "某人",
				"idType", "USCC", "idNumber", "91110000100010433L", "orgUnit", "SH-PD"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("idType");
	}

	@Test
	void missingRequiredFieldsAreAllNamed() {
		var refused = api.as("zhang.rm").post("/api/v1/customers", Api.json("type", "INDIVIDUAL"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("name", "idType", "idNumber", "orgUnit");
	}

	@Test
	void complianceMayNotRegisterCustomers() {
		var refused = api.as("chen.compliance").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));

		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void anAccountManagerCannotRegisterACustomerForAColleague() {
		var refused = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "li.rm"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("managerUsername");
	}

	@Test
	void searchFindsACustomerByExactPhoneAndByExactIdNumberAndByNamePrefix() {
		Map<String, Object> body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		String name = (String) body.get("name");

		var byPhone = api.as("zhang.rm").get("/api/v1/customers?query=" + body.get("phone"));
		var byId = api.as("zhang.rm").get("/api/v1/customers?query=" + body.get("idNumber"));
		var byName = api.as("zhang.rm").get("/api/v1/customers?size=500&query="
				+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));

		assertThat(byPhone.body().get("content").valueStream().map(c -> c.get("id").asLong())).containsExactly(id);
		assertThat(byId.body().get("content").valueStream().map(c -> c.get("id").asLong())).containsExactly(id);
		assertThat(byName.body().get("content").valueStream().map(c -> c.get("id").asLong())).contains(id);
		assertThat(byName.body().get("content").valueStream().map(c -> c.get("name").asString()))
			.allMatch(n -> n.startsWith(name));
	}
}
