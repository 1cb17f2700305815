package org.clientcare.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.clientcare.support.Api;
import org.clientcare.support.TestCustomers;

/** Fixtures: a fresh sub-branch of SH with its own staff and customers, so that tests count only what they made. */
final class AssignmentStaff {

	static final String PASSWORD = "a-long-password";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Api api;

	AssignmentStaff(Api api) {
		this.api = api;
	}

	private static String suffix() {
		return Long.toString(System.nanoTime() % 1_000_000) + SEQUENCE.incrementAndGet();
	}

	/** A new sub-branch below SH; returns its code. */
	String subBranch() {
		String code = "TA" + suffix();
		var unit = api.as("admin").post("/api/v1/org-units", Api.json("code", code, "nameZh", "测试支行", "nameEn",
				"Test sub-branch", "kind", "SUB_BRANCH", "parent", "SH"));
		assertThat(unit.status()).as(unit.text()).isEqualTo(201);
		return code;
	}

	/** A new user of the role in the unit; returns the username. */
	String user(String role, String unit) {
		String username = role.toLowerCase(java.util.Locale.ROOT).replace('_', '.') + suffix();
		var user = api.as("admin").post("/api/v1/users", Api.json("username", username, "displayName", "测试员工",
				"role", role, "orgUnit", unit, "password", PASSWORD));
		assertThat(user.status()).as(user.text()).isEqualTo(201);
		return username;
	}

	Api as(String username) {
		return api.as(username, PASSWORD);
	}

	/** An individual registered by the administrator in the unit, for the manager ({@code null}: unassigned). */
	long customer(String unit, String manager) {
		var created = api.as("admin").post("/api/v1/customers", TestCustomers.individual(unit, manager));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}
}
