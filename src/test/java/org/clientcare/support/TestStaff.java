package org.clientcare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixtures made through the API: a fresh sub-branch of SH with its own staff and customers, so that tests count only
 * what they made.
 */
public final class TestStaff {

	public static final String PASSWORD = "a-long-password";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Api api;

	public TestStaff(Api api) {
		this.api = api;
	}

	private static String suffix() {
		return Long.toString(System.nanoTime() % 1_000_000) + SEQUENCE.incrementAndGet();
	}

	/** A new sub-branch below SH; returns its code. */
	public String subBranch() {
		String code = "TA" + suffix();
		var unit = api.as("admin").post("/api/v1/org-units", Api.json("code", code, "nameZh", "测试支行", "nameEn",
				"Test sub-branch", "kind", "SUB_BRANCH", "parent", "SH"));
		assertThat(unit.status()).as(unit.text()).isEqualTo(201);
		return code;
	}

	/** A new user of the role in the unit; returns the username. */
	public String user(String role, String unit) {
		String username = role.toLowerCase(java.util.Locale.ROOT).replace('_', '.') + suffix();
		var user = api.as("admin").post("/api/v1/users", Api.json("username", username, "displayName", "测试员工",
				"role", role, "orgUnit", unit, "password", PASSWORD));
		assertThat(user.status()).as(user.text()).isEqualTo(201);
		return username;
	}

	public Api as(String username) {
		return api.as(username, PASSWORD);
	}

	/** An individual registered by the administrator in the unit, for the manager ({@code null}: unassigned). */
	public long customer(String unit, String manager) {
		var created = api.as("admin").post("/api/v1/customers", TestCustomers.individual(unit, manager));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}
}
