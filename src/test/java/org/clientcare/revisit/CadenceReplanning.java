package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.shared.CustomerId;
import org.clientcare.support.TestCustomers;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TierScheme;
import org.clientcare.tiering.TiersChanged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/**
 * The nightly job's {@link TiersChanged} (a chunk of customers, whose changes the tiering module's
 * {@code tier_change_ref} holds) re-plans cadence revisits in one statement; for twin customers it must leave the same
 * revisits as the {@link TierChanged}s of the same changes handled one after the other. Runs as
 * {@code RevisitPlanningModuleTest.CadenceReplanningInBatches}, so that the module's context starts in one test JVM.
 */
abstract class CadenceReplanning {

	@Autowired
	CustomerManagement customers;

	@Autowired
	JdbcTemplate jdbc;

	/** A customer's history before the change: status, start of relationship, and its cadence revisits. */
	record Twin(String status, LocalDate since, List<String> revisits) {
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				Arguments.of("never revisited, becomes DIAMOND", new Twin("ACTIVE", LocalDate.of(2025, 8, 31), List.of()),
						List.of(Tier.DIAMOND), LocalDate.of(2025, 9, 30)),
				Arguments.of("revisited on 5 October, DIAMOND then GOLD in one night",
						new Twin("ACTIVE", LocalDate.of(2020, 1, 1), List.of("DONE 2026-10-05")), List.of(Tier.DIAMOND, Tier.GOLD),
						LocalDate.of(2027, 4, 5)),
				Arguments.of("an open cadence revisit moves when it becomes PLATINUM",
						new Twin("ACTIVE", LocalDate.of(2024, 3, 10), List.of("DONE 2026-06-20", "OPEN 2027-06-20")),
						List.of(Tier.PLATINUM), LocalDate.of(2026, 9, 20)),
				Arguments.of("an open cadence revisit already on the right day stays untouched",
						new Twin("ACTIVE", LocalDate.of(2024, 3, 10), List.of("DONE 2026-06-20", "OPEN 2026-12-20")),
						List.of(Tier.GOLD), LocalDate.of(2026, 12, 20)),
				Arguments.of("unreachable counts as the last cadence revisit, cancelled does not; untiered is yearly",
						new Twin("ACTIVE", LocalDate.of(2019, 5, 1), List.of("UNREACHABLE 2026-02-28", "CANCELLED 2026-07-01")),
						Arrays.asList((Tier) null), LocalDate.of(2027, 2, 28)),
				Arguments.of("a prospect gets no cadence revisit", new Twin("PROSPECT", LocalDate.of(2025, 1, 15), List.of()),
						List.of(Tier.GOLD), null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aBatchOfTierChangesLeavesTheSameRevisitsAsTheSameChangesOneByOne(String name, Twin twin, List<Tier> changes,
			LocalDate openCadenceDue, Scenario scenario) {
		long oneByOne = customer(twin);
		long inBatch = customer(twin);

		Instant night = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Tier from = null;
		for (Tier to : changes) {
			publishAndWait(scenario, change(oneByOne, from, to));
			tieredByTheNightlyJob(inBatch, from, to, night);
			from = to;
		}
		publishAndWait(scenario, new TiersChanged(inBatch - 1, inBatch, night, 1));

		assertThat(revisits(inBatch)).isEqualTo(revisits(oneByOne));
		assertThat(openCadenceDue(inBatch)).isEqualTo(openCadenceDue);
	}

	static TierChanged change(long customer, Tier from, Tier to) {
		return new TierChanged(new CustomerId(customer), from, to, TierScheme.RETAIL, Instant.now());
	}

	/**
	 * What the nightly tiering leaves for a customer whose tier changed: the history row its published
	 * {@code tier_change_ref} shows and the tier in force, which {@code customer_ref} joins.
	 */
	void tieredByTheNightlyJob(long customer, Tier from, Tier to, Instant at) {
		jdbc.update("""
				insert into customer_tier_history (customer_id, from_tier, to_tier, scheme, rule, source, changed_at)
				values (?, ?, ?, 'RETAIL', 'retail.aum', 'RECOMPUTED', ?)""", customer, name(from), name(to),
				Timestamp.from(at));
		jdbc.update("""
				insert into customer_tier (customer_id, tier, since, computed_tier, scheme, rule, explanation, settings_version,
				  computed_at)
				values (?, ?, ?, ?, 'RETAIL', 'retail.aum', '{}', 0, ?)
				on conflict (customer_id) do update set tier = excluded.tier, computed_tier = excluded.computed_tier""",
				customer, name(to), Timestamp.from(at), name(to), Timestamp.from(at));
	}

	static String name(Tier tier) {
		return tier == null ? null : tier.name();
	}

	long customer(Twin twin) {
		long id = TestCustomers.registered(customers, "SH-PD", "zhang.rm", twin.since());
		jdbc.update("update customer set status = ? where id = ?", twin.status(), id);
		for (String revisit : twin.revisits()) {
			String[] statusAndDay = revisit.split(" ");
			String status = statusAndDay[0];
			LocalDate day = LocalDate.parse(statusAndDay[1]);
			boolean open = status.equals("OPEN");
			jdbc.update("""
					insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, completed_at, created_at)
					select ?, 'CADENCE', ?, ?, ?, manager_id, ?, now() from customer where id = ?""", id,
					open ? "cadence:" + id + ":open" : "cadence:" + id + ":" + revisit, day, status,
					open ? null : Timestamp.from(OffsetDateTime.parse(day + "T10:00:00+08:00").toInstant()), id);
		}
		return id;
	}

	void publishAndWait(Scenario scenario, Object event) {
		scenario.publish(event).andWaitForStateChange(() -> jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null
				  and event_type in ('org.clientcare.tiering.TierChanged', 'org.clientcare.tiering.TiersChanged')""",
				Long.class), count -> count == 0)
			.andVerify(open -> assertThat(open).as("tier change listeners still running").isZero());
	}

	/**
	 * The customer's revisits without the customer's id, oldest first; not their version, which counts how often a
	 * revisit was moved on the way (a customer changed twice in one night moves once in a batch, twice one by one).
	 */
	List<String> revisits(long customer) {
		return jdbc.queryForList("""
				select reason || ' ' || status || ' ' || due_date || ' ' || replace(source_key, 'cadence:' || customer_id || ':', 'cadence:C:') || ' '
				  || coalesce(assignee_id::text, '-')
				from revisit where customer_id = ? order by id""", String.class, customer);
	}

	LocalDate openCadenceDue(long customer) {
		var due = jdbc.queryForList("select due_date from revisit where customer_id = ? and reason = 'CADENCE' and status = 'OPEN'",
				LocalDate.class, customer);
		assertThat(due).hasSizeLessThanOrEqualTo(1);
		return due.isEmpty() ? null : due.get(0);
	}
}
