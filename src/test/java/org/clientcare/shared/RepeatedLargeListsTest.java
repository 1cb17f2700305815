package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.StatementCount;
import org.clientcare.support.TestCustomers;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list with more matches than {@link ListCounts} counts exactly — a common surname, the worklist of an account
 * manager with many open revisits — repeated by its users: the first request counts its first 1,001 matches and
 * plans the estimate; the requests after it, while the estimate is kept, read the page and nothing for the total.
 */
@IntegrationTest
class RepeatedLargeListsTest {

	private static final int MATCHES = (int) ListCounts.EXACT_UP_TO + 50;

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRepeatedLargeSearchReadsItsPageAndNotItsTotal() {
		String manager = manager();
		long template = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", manager)).body()
			.get("id").asLong();
		String prefix = "重复检索" + System.nanoTime() % 100_000;
		// copies of one customer under the same account manager, named with the prefix, without a document, birth date
		// or contact data (nothing for the jobs of other tests to send them)
		jdbc.sql("""
				insert into customer (customer_no, type, name, id_type, gender, status, org_unit_id, manager_id,
				  relationship_since, contact_verified_at, created_at, updated_at)
				select 'C' || lpad(nextval('customer_no_seq')::text, 10, '0'), type, ? || g, id_type, gender, status,
				  org_unit_id, manager_id, relationship_since, contact_verified_at, created_at, updated_at
				from customer, generate_series(1, ?) g where id = ?""").params(prefix, MATCHES, template).update();
		try {
			String path = "/api/v1/customers?size=20&query=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
			assertRepeatedListIsCheap(manager, path, 1);
		}
		finally {
			jdbc.sql("delete from customer where name like ? and id <> ?").params(prefix + "%", template).update();
		}
	}

	@Test
	void aRepeatedLargeWorklistReadsItsPageAndNotItsTotal() {
		String manager = manager();
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", manager)).body()
			.get("id").asLong();
		long managerId = jdbc.sql("select id from staff_user where username = ?").param(manager).query(Long.class).single();
		jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select ?, 'MANUAL', 'manual:' || gen_random_uuid(), current_date + 1 + g % 30, 'OPEN', ?, now()
				from generate_series(1, ?) g""").params(customer, managerId, MATCHES).update();
		try {
			assertRepeatedListIsCheap(manager, "/api/v1/revisits?assignee=me&status=OPEN&size=20", 2);
		}
		finally {
			jdbc.sql("delete from revisit where customer_id = ? and reason = 'MANUAL'").param(customer).update();
		}
	}

	private void assertRepeatedListIsCheap(String username, String path, int pageStatements) {
		var first = StatementCount.counted(new TestStaff(api).as(username), "first");
		var answer = first.get(path);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().get("content").size()).isEqualTo(20);
		assertThat(answer.body().get("totalIsEstimate").asBoolean()).isTrue();
		assertThat(answer.body().get("totalElements").asLong()).isGreaterThan(ListCounts.EXACT_UP_TO);

		var repeated = StatementCount.counted(new TestStaff(api).as(username), "repeated");
		for (int i = 0; i < 10; i++) {
			var again = repeated.get(path);
			assertThat(again.status()).isEqualTo(200);
			assertThat(again.body().get("totalElements")).isEqualTo(answer.body().get("totalElements"));
			assertThat(again.body().get("totalIsEstimate").asBoolean()).isTrue();
		}
		System.out.printf("SQL statements for %s: first request %d, 10 repeated %d%n", path, first.statements(),
				repeated.statements());
		// the first: the page (and the customers' names for a worklist), the count of 1,001 and the estimate's plan
		assertThat(first.statements()).isGreaterThanOrEqualTo(3);
		// each repeated one: its page (and names) only — the account read again once its 2 s have passed, a few times
		// on a slow machine; counting again would add 10
		assertThat(repeated.statements()).isLessThanOrEqualTo(10 * pageStatements + 3);
	}

	private String manager() {
		return new TestStaff(api).user("ACCOUNT_MANAGER", "SH-PD");
	}
}
