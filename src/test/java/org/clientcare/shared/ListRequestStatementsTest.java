package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.StatementCount;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists users ask for most — the customer list, the name search and the worklist — each read with the fewest
 * statements, and none of them in a transaction of its own: a read-only transaction adds its commit's round trip to
 * every request and guards nothing when each statement needs nothing from the others.
 */
@IntegrationTest
class ListRequestStatementsTest {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCustomerListPageIsOneStatementWithoutATransaction() {
		String manager = manager();
		createCustomer(manager, "列表甲");

		assertCheap(manager, "/api/v1/customers?size=20", 1);
	}

	@Test
	void aNameSearchIsOneStatementWithoutATransaction() {
		String manager = manager();
		createCustomer(manager, "检索乙");

		assertCheap(manager, "/api/v1/customers?size=20&query=%E6%A3%80%E7%B4%A2", 1);
	}

	@Test
	void aWorklistIsItsPageAndItsCustomersNamesWithoutATransaction() {
		String manager = manager();
		long customer = createCustomer(manager, "回访丙");
		long managerId = jdbc.sql("select id from staff_user where username = ?").param(manager).query(Long.class).single();
		jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select ?, 'MANUAL', 'manual:' || gen_random_uuid(), current_date + g, 'OPEN', ?, now()
				from generate_series(1, 3) g""").params(customer, managerId).update();

		var answer = assertCheap(manager, "/api/v1/revisits?assignee=me&status=OPEN&size=20", 2);

		assertThat(answer.body().get("totalElements").asLong()).isEqualTo(3);
		assertThat(answer.body().get("content").get(0).get("customerName").asString()).isEqualTo("回访丙");
	}

	private Api.Response assertCheap(String username, String path, int statementsEach) {
		var warm = new TestStaff(api).as(username);
		assertThat(warm.get(path).status()).isEqualTo(200);
		var counted = StatementCount.counted(warm, "list");
		Api.Response answer = null;
		for (int i = 0; i < 10; i++) {
			answer = counted.get(path);
			assertThat(answer.status()).isEqualTo(200);
		}
		System.out.printf("%s: %d statements and %d commits in 10 requests%n", path, counted.statements(),
				counted.commits());
		// the account is read again once its 2 s have passed, a few times on a slow machine
		assertThat(counted.statements()).isBetween(10 * statementsEach, 10 * statementsEach + 3);
		assertThat(counted.commits()).as("transactions committed").isLessThanOrEqualTo(3);
		return answer;
	}

	private long createCustomer(String manager, String name) {
		var customer = TestCustomers.individual("SH-PD", manager);
		customer.put("name", name);
		return api.as("admin").post("/api/v1/customers", customer).body().get("id").asLong();
	}

	private String manager() {
		return new TestStaff(api).user("ACCOUNT_MANAGER", "SH-PD");
	}
}
