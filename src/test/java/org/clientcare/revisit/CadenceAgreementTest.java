package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cadence rule in Java ({@link RevisitCadence#due}) and its SQL form (the nightly planner's set-based statement)
 * must agree: the planner gives a customer without an open cadence revisit one due on the day the rule names.
 */
@IntegrationTest
class CadenceAgreementTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RevisitSettings settings;

	static Stream<Arguments> histories() {
		return Stream.of(
				Arguments.of("a DIAMOND customer never revisited", "DIAMOND", LocalDate.of(2025, 8, 31), List.of()),
				Arguments.of("a GOLD customer last revisited on 31 August", "GOLD", LocalDate.of(2019, 2, 1),
						List.of("DONE 2025-03-01", "DONE 2026-08-31")),
				Arguments.of("a PLATINUM customer whose last revisit found nobody", "PLATINUM", LocalDate.of(2021, 5, 20),
						List.of("UNREACHABLE 2026-11-30")),
				Arguments.of("an untiered customer with a cancelled revisit", null, LocalDate.of(2026, 2, 28),
						List.of("CANCELLED 2026-06-01")),
				Arguments.of("an ORDINARY customer revisited late in the evening", "ORDINARY", LocalDate.of(2018, 7, 7),
						List.of("DONE 2026-01-31")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("histories")
	void thePlannerDuesTheNextCadenceRevisitWhereTheRuleSays(String name, String tier, LocalDate since,
			List<String> closed) {
		long customer = customer(tier, since, closed);

		var run = api.as("admin").post("/api/v1/jobs/revisit-planning/run", null);

		assertThat(run.status()).as(run.text()).isEqualTo(200);
		LocalDate lastClosed = closed.stream().filter(r -> !r.startsWith("CANCELLED"))
			.map(r -> LocalDate.parse(r.split(" ")[1])).max(LocalDate::compareTo).orElse(null);
		assertThat(jdbc.queryForObject("""
				select due_date from revisit where customer_id = ? and reason = 'CADENCE' and status = 'OPEN'""",
				LocalDate.class, customer)).isEqualTo(settings.cadence().due(tier, lastClosed, since));
	}

	long customer(String tier, LocalDate since, List<String> closed) {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		body.put("relationshipSince", since.toString());
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		jdbc.update(TestCustomers.SET_TIER, id, tier);
		for (String revisit : closed) {
			String status = revisit.split(" ")[0];
			// 23:30 in Shanghai: the day counts in the institution's zone, not in UTC
			var completed = OffsetDateTime.parse(revisit.split(" ")[1] + "T23:30:00+08:00");
			jdbc.update("""
					insert into revisit (customer_id, reason, source_key, due_date, status, completed_at, created_at)
					values (?, 'CADENCE', ?, ?, ?, ?, now())""", id, "cadence:" + id + ":" + revisit,
					completed.toLocalDate(), status, Timestamp.from(completed.toInstant()));
		}
		return id;
	}
}
