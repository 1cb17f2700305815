package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The customer view (GET /api/v1/customers/{id}) is read in one statement; it answers the financial profile and the
 * latest consent of each purpose exactly as the endpoints that write them answer, and nothing outside the scope.
 */
@IntegrationTest
class CustomerViewTest {

	@Autowired
	Api api;

	@Test
	void aNewCustomersViewHasNoFinancialProfile() {
		long id = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();

		JsonNode view = api.as("zhang.rm").get("/api/v1/customers/" + id).body();

		assertThat(view.get("id").asLong()).isEqualTo(id);
		assertThat(view.get("financialProfile").isNull()).as(view.toString()).isTrue();
	}

	@Test
	void theViewShowsTheProfileAndTheLatestConsentOfEachPurposeAsTheirEndpointsAnswerThem() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		long id = api.as("zhang.rm").post("/api/v1/customers", body).body().get("id").asLong();
		String path = "/api/v1/customers/" + id;
		var saved = api.as("zhang.rm").put(path + "/financial-profile", Map.of("assets",
				Map.of("cash", "1200.50", "deposits", "300000"), "liabilities", Map.of("mortgage", "800000"), "income",
				Map.of("salary", "450000"), "goals", List.of("RETIREMENT", "EDUCATION")));
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		Api.Response current = null;
		for (Object[] consent : new Object[][] { { "MARKETING", true }, { "SERVICE", true }, { "MARKETING", false },
				{ "DATA_SHARING", true } }) {
			current = api.as("zhang.rm").post(path + "/consents",
					Map.of("purpose", consent[0], "granted", consent[1], "channel", "BRANCH"));
			assertThat(current.status()).as(current.text()).isEqualTo(200);
		}

		JsonNode view = api.as("zhang.rm").get(path).body();

		assertThat(view.get("name").asString()).isEqualTo(body.get("name"));
		assertThat(view.get("financialProfile")).isEqualTo(saved.body());
		assertThat(view.get("consents")).isEqualTo(current.body());
		assertThat(view.get("consents").size()).isEqualTo(3);
		assertThat(view.get("consents").valueStream().filter(c -> c.get("purpose").asString().equals("MARKETING"))
			.map(c -> c.get("granted").asBoolean()).toList()).as("the latest record of a purpose").containsExactly(false);
	}

	@Test
	void aCustomerOutsideTheScopeIsNotFound() {
		long id = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();

		assertThat(api.as("li.rm").get("/api/v1/customers/" + id).status()).isEqualTo(404);
		assertThat(api.as("zhang.rm").get("/api/v1/customers/" + id).status()).isEqualTo(200);
	}
}
