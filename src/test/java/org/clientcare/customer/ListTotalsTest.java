package org.clientcare.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clientcare.shared.ListCounts;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list's total is counted exactly up to {@link ListCounts#EXACT_UP_TO} matches; past it, it is the database's
 * estimate, flagged {@code totalIsEstimate} in the API and shown as "about N" on the pages.
 */
@IntegrationTest
class ListTotalsTest {

	private static final int BOOK = 1_200;

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PiiCipher pii;

	TestStaff staff;

	/** Made once for the class: the rows stay in the shared test database. */
	static String manager;

	@BeforeEach
	void aManagerWithMoreCustomersThanAreCountedExactly() {
		staff = new TestStaff(api);
		if (manager != null) {
			return;
		}
		String unit = staff.subBranch();
		manager = staff.user("ACCOUNT_MANAGER", unit);
		String prefix = "量" + manager.hashCode();
		// each with an identity number of its own, encrypted and hashed as the application does (the key rotation
		// re-hashes them)
		long managerId = jdbc.queryForObject("select id from staff_user where username = ?", Long.class, manager);
		long unitId = jdbc.queryForObject("select org_unit_id from staff_user where username = ?", Long.class, manager);
		java.util.List<Object[]> rows = new java.util.ArrayList<>();
		for (int g = 1; g <= BOOK; g++) {
			String idNumber = "L" + Math.abs(manager.hashCode()) + "-" + g;
			rows.add(new Object[] { prefix + g, pii.encrypt(idNumber), pii.searchHash(idNumber), unitId, managerId });
		}
		jdbc.batchUpdate("""
				insert into customer (customer_no, type, name, id_type, id_number_enc, id_number_hash, status, org_unit_id,
				  manager_id, relationship_since, contact_verified_at, created_at, updated_at)
				values ('L' || lpad(nextval('customer_no_seq')::text, 10, '0'), 'INDIVIDUAL', ?, 'PASSPORT', ?, ?, 'ACTIVE',
				  ?, ?, current_date, now(), now(), now())""", rows);
		jdbc.execute("analyze customer");
	}

	@Test
	void aListWithMoreMatchesThanTheLimitAnswersThePlannersEstimateFlaggedAsAnEstimate() {
		var list = staff.as(manager).get("/api/v1/customers?size=20");

		assertThat(list.status()).as(list.text()).isEqualTo(200);
		assertThat(list.body().get("content")).hasSize(20);
		assertThat(list.body().get("totalIsEstimate").asBoolean()).isTrue();
		assertThat(list.body().get("totalElements").asLong()).isGreaterThan(ListCounts.EXACT_UP_TO);
		assertThat(list.body().get("page").asInt()).isZero();
		assertThat(list.body().get("size").asInt()).isEqualTo(20);
	}

	@Test
	void aSearchWithFewerMatchesThanTheLimitIsCountedExactly() {
		String prefix = "量" + manager.hashCode() + "1";
		var search = staff.as(manager).get("/api/v1/customers?size=20&query="
				+ URLEncoder.encode(prefix, StandardCharsets.UTF_8));

		assertThat(search.status()).as(search.text()).isEqualTo(200);
		// 1, 10–19, 100–199 and 1000–1200
		assertThat(search.body().get("totalElements").asLong()).isEqualTo(1 + 10 + 100 + 201);
		assertThat(search.body().get("totalIsEstimate").asBoolean()).isFalse();
	}

	@Test
	void theCustomerListPageShowsAnEstimatedTotalAsAboutInBothLanguages() throws Exception {
		HttpClient browser = SignedInPages.as(manager, TestStaff.PASSWORD, port);

		assertThat(get(browser, "/customers?lang=en")).containsPattern("about [\\d,]+ customers");
		assertThat(get(browser, "/customers?lang=zh-CN")).containsPattern("共 约 [\\d,]+ 位客户");
	}

	private String get(HttpClient browser, String path) throws Exception {
		var page = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("??");
		return page.body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
