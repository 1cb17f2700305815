package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.support.Api;

/**
 * A fresh sub-branch of SH with advisors skilled in a service, working every day 09:00–17:00, for one test (also used by
 * page tests that need a branch that takes appointments).
 */
public record Reception(String unit, List<String> advisors) {

	public static final String PASSWORD = "a-long-password";

	/** The API as one of the advisors. */
	public Api as(Api api, int advisor) {
		return api.as(advisors.get(advisor), PASSWORD);
	}

	public static Reception open(Api api, int advisors, String... skills) {
		return openUnder(api, "SH", advisors, skills);
	}

	/** The same, a sub-branch of another branch. */
	public static Reception openUnder(Api api, String parent, int advisors, String... skills) {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		String unit = "T-" + suffix;
		var created = api.as("admin").post("/api/v1/org-units", Api.json("code", unit, "nameZh", "测试支行" + suffix,
				"nameEn", "Test " + suffix, "kind", "SUB_BRANCH", "parent", parent));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < advisors; i++) {
			String username = "adv" + i + "." + suffix;
			var user = api.as("admin").post("/api/v1/users", Api.json("username", username, "displayName", "顾问" + i,
					"role", "ACCOUNT_MANAGER", "orgUnit", unit, "email", username + "@clientcare.example", "password",
					PASSWORD));
			assertThat(user.status()).as(user.toString()).isEqualTo(201);
			var hours = java.util.stream.IntStream.rangeClosed(1, 7)
				.mapToObj(d -> Api.json("weekday", java.time.DayOfWeek.of(d).name(), "from", "09:00", "to", "17:00")).toList();
			var configured = api.as("admin").put("/api/v1/appointment-advisors/" + username,
					Api.json("skills", List.of(skills), "hours", hours));
			assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
			names.add(username);
		}
		return new Reception(unit, names);
	}
}
