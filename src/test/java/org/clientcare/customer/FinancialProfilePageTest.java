package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer page tells the assets the customer declared from the assets it holds with us (AUM). */
@IntegrationTest
class FinancialProfilePageTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void theDeclaredTotalAssetsAndTheAssetsHeldWithUsAreNamedApartInEachLanguage() throws Exception {
		long id = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		var profile = api.as("zhang.rm").put("/api/v1/customers/" + id + "/financial-profile",
				Map.of("assets", Map.of("cash", "1200.50", "deposits", "300000", "realEstate", "2000000")));
		assertThat(profile.status()).as(profile.text()).isEqualTo(200);
		var figures = api.as("core.feed").put("/api/v1/customers/" + id + "/metrics", Api.json("asOf",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "aum", "73190.00"));
		assertThat(figures.status()).as(figures.text()).isEqualTo(200);
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String chinese = await("the tier explained from the figures").until(
				() -> SignedInPages.get(manager, port, "/customers/" + id + "?lang=zh-CN").body(),
				page -> page.contains("73,190.00"));
		String english = SignedInPages.get(manager, port, "/customers/" + id + "?lang=en").body();

		assertThat(chinese).contains("自报资产合计", "2,301,200.50", "id=\"financial-declared\"", "在我行管理资产（AUM）73,190.00")
			.doesNotContain(">资产合计<");
		assertThat(english).contains("Declared total assets", "2,301,200.50", "assets held with us (AUM) of 73,190.00")
			.doesNotContain(">Total assets<");
	}
}
