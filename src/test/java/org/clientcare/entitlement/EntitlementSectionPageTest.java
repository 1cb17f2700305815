package org.clientcare.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The entitlements section of the customer page. */
@IntegrationTest
class EntitlementSectionPageTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void anUnlimitedQuotaAndTheCountsKeepToOneLineInEachLanguage() throws Exception {
		long customer = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"))
			.body().get("id").asLong();
		assertThat(api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", Api.json("asOf",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "aum", "6000000.00")).status()).isEqualTo(200);
		await().until(() -> api.as("zhang.rm").get("/api/v1/customers/" + customer + "/entitlements").body().size(),
				size -> size > 0);
		HttpClient manager = SignedInPages.as("zhang.rm", port);

		String chinese = SignedInPages.get(manager, port, "/customers/" + customer + "?lang=zh-CN").body();
		String english = SignedInPages.get(manager, port, "/customers/" + customer + "?lang=en").body();

		assertThat(chinese).contains("<td class=\"quota nowrap\">不限</td>", "<td class=\"remaining nowrap\">不限</td>",
				"<th class=\"nowrap\">年度额度</th>", "<td class=\"quota nowrap\">12</td>");
		assertThat(english).contains("<td class=\"quota nowrap\">Unlimited</td>", "<th class=\"nowrap\">Remaining</th>");
	}
}
