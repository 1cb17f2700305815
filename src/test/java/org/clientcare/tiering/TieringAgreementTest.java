package org.clientcare.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.clientcare.platform.Jobs;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Java rules ({@link TierPolicy}, applied when one customer's figures arrive) and their SQL form (the nightly job)
 * must decide alike, explanation included: a job run after the figures leaves the customer's tier row as it was. Every
 * case's customer and figures are recorded first and the job runs once over all of them, as it does at night; each
 * case then compares its own row, and that the tier the customer module shows (from the tiering module's
 * {@code tier_ref}) is the tier decided.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TieringAgreementTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Api api;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> figures() {
		return Stream.of(
				Arguments.of("a retail customer exactly at GOLD", "INDIVIDUAL", 120, NONE, Api.json("aum", "200000.00"), "GOLD"),
				Arguments.of("a retail customer one fen below DIAMOND", "INDIVIDUAL", 120, NONE,
						Api.json("aum", "5999999.99"),
						"PLATINUM"),
				Arguments.of("a retail customer with nothing", "INDIVIDUAL", 120, NONE,
						Api.json("aum", "0"), "ORDINARY"),
				Arguments.of("a corporate at SILVER through loans and income", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "100000", "loans", "600000", "intermediaryIncome", "10000"),
						"SILVER"),
				Arguments.of("a corporate one fen below GOLD", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "4999999.99"), "SILVER"),
				Arguments.of("a corporate shareholder of 3 % meeting PLATINUM", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "50000000", "shareholdingPct", "3"), "DIAMOND"),
				Arguments.of("a corporate shareholder of 2.9999 % meeting PLATINUM", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "50000000", "shareholdingPct", "2.9999"), "PLATINUM"),
				Arguments.of("a corporate in litigation with DIAMOND figures", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "300000000", "litigation", true), "BRONZE"),
				Arguments.of("a corporate of exactly six months", "CORPORATE", 6, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "6000000"), "GOLD"),
				Arguments.of("a corporate of five months", "CORPORATE", 5, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "6000000"),
						null),
				Arguments.of("a Fortune Global 500 corporate meeting GOLD", "CORPORATE", 24, Api.json("fortuneGlobal500", true),
						Api.json("aum", "0", "avgDailyDeposits", "5000000"), "PLATINUM"),
				Arguments.of("a Fortune Global 500 corporate one fen below GOLD", "CORPORATE", 24,
						Api.json("fortuneGlobal500", true), Api.json("aum", "0", "avgDailyDeposits", "4999999.99"), "SILVER"),
				Arguments.of("a Fortune Global 500 corporate in litigation meeting GOLD", "CORPORATE", 24,
						Api.json("fortuneGlobal500", true),
						Api.json("aum", "0", "avgDailyDeposits", "5000000", "litigation", true), "BRONZE"),
				Arguments.of("a corporate shareholder of 1 % meeting GOLD", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "5000000", "shareholdingPct", "1"), "PLATINUM"),
				Arguments.of("a corporate shareholder of 0.9999 % meeting GOLD", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "avgDailyDeposits", "5000000", "shareholdingPct", "0.9999"), "GOLD"),
				Arguments.of("a corporate shareholder of 0.5 % with nothing else", "CORPORATE", 24, NONE,
						Api.json("aum", "0", "shareholdingPct", "0.5"), "GOLD"),
				Arguments.of("a China Top 500 corporate with nothing", "CORPORATE", 24, Api.json("chinaTop500", true),
						Api.json("aum", "0"), "GOLD"),
				Arguments.of("a China Top 500 corporate meeting PLATINUM", "CORPORATE", 24, Api.json("chinaTop500", true),
						Api.json("aum", "0", "avgDailyDeposits", "50000000"), "PLATINUM"),
				Arguments.of("a provincial branch of a regional joint-stock bank at SILVER", "CORPORATE", 24,
						Api.json("bankBranch", "REGIONAL_JOINT_STOCK"), Api.json("aum", "0", "avgDailyDeposits", "600000"),
						"GOLD"),
				Arguments.of("a China Top 500 corporate of five months", "CORPORATE", 5, Api.json("chinaTop500", true),
						Api.json("aum", "0"), null));
	}

	static final Map<String, Object> NONE = Map.of();

	/** Each case's customer and its tier row as the policy left it on arrival of the figures, before the job. */
	final Map<String, Long> customers = new HashMap<>();

	final Map<String, Map<String, Object>> byPolicy = new HashMap<>();

	@BeforeAll
	void everyCasesFiguresArriveThenTheNightlyJobRunsOnce() {
		figures().forEach(arguments -> {
			Object[] values = arguments.get();
			@SuppressWarnings("unchecked")
			Map<String, Object> standing = (Map<String, Object>) values[3];
			@SuppressWarnings("unchecked")
			Map<String, Object> figures = new HashMap<>((Map<String, Object>) values[4]);
			long customer = customer((String) values[1], TODAY.minusMonths((int) values[2]));
			if (!standing.isEmpty()) {
				var changed = api.as("zhang.rm").patch("/api/v1/customers/" + customer, standing, "*");
				assertThat(changed.status()).as(changed.text()).isEqualTo(200);
			}
			figures.put("asOf", TODAY.toString());
			var recorded = api.as("core.feed").put("/api/v1/customers/" + customer + "/metrics", figures);
			assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
			customers.put((String) values[0], customer);
			byPolicy.put((String) values[0], row(customer));
		});

		jobs.run("tiering").orElseThrow();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("figures")
	void theNightlyJobLeavesTheTierThePolicyGaveOnArrivalOfTheFiguresAsItWas(String name, String type, int months,
			Map<String, Object> standing, Map<String, Object> figures, String tier) {
		long customer = customers.get(name);

		assertThat(byPolicy.get(name).get("computed_tier")).isEqualTo(tier);
		assertThat(row(customer)).isEqualTo(byPolicy.get(name));
		assertThat(byPolicy.get(name).get("shown_tier")).isEqualTo(tier);
		var shown = api.as("admin").get("/api/v1/customers/" + customer).body().get("tier");
		assertThat(shown == null || shown.isNull() ? null : shown.asString()).isEqualTo(tier);
	}

	long customer(String type, LocalDate since) {
		Map<String, Object> body = type.equals("INDIVIDUAL") ? TestCustomers.individual("SH-PD", "zhang.rm")
				: TestCustomers.corporate("SH-PD");
		body.put("relationshipSince", since.toString());
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	Map<String, Object> row(long customer) {
		return jdbc.queryForMap("""
				select tier, computed_tier, scheme, rule, explanation::text as explanation, metrics_as_of, computed_at,
				  (select count(*) from customer_tier_history h where h.customer_id = t.customer_id) as history,
				  (select r.tier from customer_ref r where r.id = t.customer_id) as shown_tier
				from customer_tier t where customer_id = ?""", customer);
	}
}
