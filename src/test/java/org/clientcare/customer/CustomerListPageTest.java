package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer list filters as the API's search does — by tier, org unit and account manager beside the name and the
 * status — within the user's scope, and shows each customer's tier.
 */
@IntegrationTest
class CustomerListPageTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** Two customers of one name: one of zhang.rm's in Pudong (Gold), one of li.rm's in Xuhui (not tiered). */
	String name;

	String pudongGold;

	String xuhuiUntiered;

	@BeforeEach
	void twoCustomersOfOneName() {
		Map<String, Object> first = TestCustomers.individual("SH-PD", "zhang.rm");
		name = (String) first.get("name");
		Map<String, Object> second = TestCustomers.individual("SH-XH", "li.rm");
		second.put("name", name);
		var pudong = api.as("zhao.manager").post("/api/v1/customers", first).body();
		var xuhui = api.as("zhao.manager").post("/api/v1/customers", second).body();
		pudongGold = pudong.get("customerNo").asText();
		xuhuiUntiered = xuhui.get("customerNo").asText();
		jdbc.sql(TestCustomers.SET_TIER).params(pudong.get("id").asLong(), "GOLD").update();
	}

	@Test
	void aBranchManagerNarrowsTheListByAccountManagerOrgUnitAndTier() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String all = list(manager, "");
		String byManager = list(manager, "&manager=li.rm");
		String byUnit = list(manager, "&orgUnit=SH-PD");
		String byTier = list(manager, "&tier=GOLD");

		assertThat(all).contains(pudongGold, xuhuiUntiered, "id=\"org-unit\"", "id=\"manager\"", "id=\"tier\"");
		assertThat(byManager).contains(xuhuiUntiered).doesNotContain(pudongGold)
			.containsPattern("<option value=\"li.rm\" selected=\"selected\">");
		assertThat(byUnit).contains(pudongGold).doesNotContain(xuhuiUntiered);
		assertThat(byTier).contains(pudongGold, ">黄金<").doesNotContain(xuhuiUntiered);
		assertThat(all).contains(">未分级<");
	}

	@Test
	void anAccountManagerIsOfferedNoOtherManagerAndNamingOneShowsNothingBeyondTheirOwn() throws Exception {
		HttpClient rm = SignedInPages.as("zhang.rm", port);

		String page = list(rm, "&manager=li.rm&orgUnit=SH-XH");

		assertThat(page).contains(pudongGold).doesNotContain(xuhuiUntiered, "id=\"org-unit\"", "id=\"manager\"");
	}

	@Test
	void aTierTheListDoesNotKnowIsNoFilterAndNoError() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		var page = SignedInPages.get(manager, port, "/customers?lang=en&tier=bogus&query=" + encoded(name));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(pudongGold, xuhuiUntiered, ">Gold<", ">Not tiered<");
	}

	private String list(HttpClient client, String filters) throws Exception {
		var page = SignedInPages.get(client, port, "/customers?lang=zh-CN&query=" + encoded(name) + filters);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
