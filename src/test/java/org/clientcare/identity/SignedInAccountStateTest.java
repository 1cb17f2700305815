package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.StatementCount;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API clients sign in with every request; the account state they sign in with is kept for a couple of seconds
 * (clientcare.security.account-cache-ttl, 2 s) instead of being read with every request. A lock, a disablement or a
 * role change made behind this instance's back — by another instance, or in SQL — still takes effect within that bound.
 */
@IntegrationTest
class SignedInAccountStateTest {

	/** The TTL and a margin for a busy machine. */
	private static final Duration BOUND = Duration.ofSeconds(4);

	@Autowired
	Api api;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountLockedByAnotherInstanceIsRefusedWithinSeconds() {
		String username = user(Role.ACCOUNT_MANAGER, "SH-PD");
		assertThat(me(username).status()).isEqualTo(200);

		elsewhere("update staff_user set locked_until = now() + interval '1 hour' where username = ?", username);

		assertRefusedWithinTheBound(username);
	}

	@Test
	void aDisabledAccountIsRefusedWithinSeconds() {
		String username = user(Role.ACCOUNT_MANAGER, "SH-PD");
		assertThat(me(username).status()).isEqualTo(200);

		elsewhere("update staff_user set enabled = false where username = ?", username);

		assertRefusedWithinTheBound(username);
	}

	@Test
	void aRoleChangeAppliesWithinSecondsToWhatTheUserMayDoAndSee() {
		String username = user(Role.ACCOUNT_MANAGER, "SH-PD");
		long othersCustomer = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-XH", "li.rm")).body()
			.get("id").asLong();
		assertThat(me(username).body().get("role").asString()).isEqualTo("ACCOUNT_MANAGER");
		assertThat(api.as(username, PASSWORD).get("/api/v1/customers/" + othersCustomer).status()).isEqualTo(404);

		elsewhere("update staff_user set role = 'SERVICE_AGENT' where username = ?", username);

		Awaitility.await().atMost(BOUND).pollInterval(Duration.ofMillis(100))
			.until(() -> "SERVICE_AGENT".equals(me(username).body().get("role").asString()));
		assertThat(api.as(username, PASSWORD).get("/api/v1/customers/" + othersCustomer).status()).isEqualTo(200);
	}

	@Test
	void aLockOnThisInstanceTakesEffectAtOnce() {
		String username = user(Role.ACCOUNT_MANAGER, "SH-PD");
		assertThat(me(username).status()).isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			assertThat(api.as(username, "wrong-" + i).get("/api/v1/me").status()).isEqualTo(401);
		}

		var refused = me(username);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.text()).contains("locked");
	}

	@Test
	void aWrongPasswordIsCheckedAgainstTheStoredAccountEveryTime() {
		String username = user(Role.ACCOUNT_MANAGER, "SH-PD");
		assertThat(me(username).status()).isEqualTo(200);

		assertThat(api.as(username, "wrong").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(jdbc.sql("select failed_attempts from staff_user where username = ?").param(username)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(me(username).status()).isEqualTo(200);
		assertThat(jdbc.sql("select failed_attempts from staff_user where username = ?").param(username)
			.query(Integer.class).single()).as("a success after a failure starts the count afresh").isZero();
	}

	@Test
	void repeatedRequestsOfASignedInClientDoNotReadItsAccountEachTime() {
		String username = user(Role.BRANCH_MANAGER, "SH");
		long customer = api.as("admin").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		assertThat(me(username).status()).isEqualTo(200);
		String trivial = "me-" + UUID.randomUUID();
		String view = "view-" + UUID.randomUUID();

		for (int i = 0; i < 10; i++) {
			assertThat(api.as(username, PASSWORD).send("GET", "/api/v1/me", null, Map.of(StatementCount.HEADER, trivial))
				.status()).isEqualTo(200);
			assertThat(api.as(username, PASSWORD).send("GET", "/api/v1/customers/" + customer, null,
					Map.of(StatementCount.HEADER, view)).status()).isEqualTo(200);
		}

		System.out.printf("SQL statements in 10 requests of a branch manager: GET /api/v1/me %d, GET /api/v1/customers/{id} %d%n",
				StatementCount.of(trivial), StatementCount.of(view));
		// the account (and the branch's units) read again only when the 2 s have passed, on a slow machine a few times
		assertThat(StatementCount.of(trivial)).isLessThanOrEqualTo(3);
		assertThat(StatementCount.of(view)).isLessThanOrEqualTo(10 * 3 + 6);
	}

	private static final String PASSWORD = "right-password";

	private String user(Role role, String orgUnit) {
		String username = "cached." + System.nanoTime() % 10_000_000;
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUser(username, "测试", role, orgUnit, null, PASSWORD));
		return username;
	}

	private Api.Response me(String username) {
		return api.as(username, PASSWORD).get("/api/v1/me");
	}

	/** A change this instance does not hear of: made in SQL, as an operator or another instance would. */
	private void elsewhere(String sql, String username) {
		assertThat(jdbc.sql(sql).param(username).update()).isEqualTo(1);
	}

	private void assertRefusedWithinTheBound(String username) {
		long start = System.nanoTime();
		Awaitility.await().atMost(BOUND).pollInterval(Duration.ofMillis(100)).until(() -> me(username).status() == 401);
		System.out.printf("refused %d ms after the change%n", (System.nanoTime() - start) / 1_000_000);
	}
}
