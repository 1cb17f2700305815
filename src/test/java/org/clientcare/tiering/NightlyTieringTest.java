package org.clientcare.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.platform.Jobs;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.clientcare.tiering.internal.TieringRun;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly job in chunks (the tests run it with chunks of 20 customers): one {@link TiersChanged} per chunk with
 * changes, naming the chunk's customers and the time of its changes, which the published {@code tier_change_ref} holds;
 * no {@link TierChanged}, and nothing at all when there is nothing to change.
 */
@IntegrationTest
@RecordApplicationEvents
class NightlyTieringTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	static final String HEADER = "customerNo,asOf,aum,avgDailyDeposits,loans,intermediaryIncome,annualContribution,"
			+ "badCredit,litigation,shareholdingPct\n";

	@Autowired
	Api api;

	@Autowired
	Jobs jobs;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TieringRun run;

	@Autowired
	PlatformTransactionManager transactions;

	@SuppressWarnings("unchecked")
	Map<String, Object> runJob() {
		return (Map<String, Object>) jobs.run("tiering").orElseThrow().get("result");
	}

	/** Registers customers and imports figures for them (which only stores them); answers the tier each should get. */
	Map<Long, Tier> customersWithNewFigures(int count) {
		String[] aums = { "50000.00", "250000.00", "1500000.00", "7000000.00" };
		Tier[] tiers = { Tier.ORDINARY, Tier.GOLD, Tier.PLATINUM, Tier.DIAMOND };
		Map<Long, Tier> expected = new LinkedHashMap<>();
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < count; i++) {
			var created = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm"));
			assertThat(created.status()).as(created.text()).isEqualTo(201);
			expected.put(created.body().get("id").asLong(), tiers[i % tiers.length]);
			file.append(created.body().get("customerNo").asString()).append(',').append(TODAY).append(',')
				.append(aums[i % aums.length]).append(",0,0,0,0,false,false,0\n");
		}
		var imported = api.as("core.feed").upload("/api/v1/imports/metrics", "file", "metrics.csv", file.toString());
		assertThat(imported.body().get("imported").asInt()).as(imported.text()).isEqualTo(count);
		return expected;
	}

	long recomputedEntries() {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'tiering.recomputed'", Long.class);
	}

	@Test
	void theNightlyJobPublishesOneBatchPerChunkWhoseUnionIsExactlyTheChangesItWroteToTheHistory() {
		runJob();
		Map<Long, Tier> expected = customersWithNewFigures(45);
		long historyBefore = jdbc.queryForObject("select coalesce(max(id), 0) from customer_tier_history", Long.class);
		long auditBefore = recomputedEntries();
		events.clear();

		Map<String, Object> result = runJob();

		List<TiersChanged> batches = events.stream(TiersChanged.class).toList();
		assertThat(result.get("changed")).isEqualTo(45);
		assertThat(batches).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(batch -> assertThat(batch.count()).isBetween(1, 20));
		assertThat(batches.stream().mapToInt(TiersChanged::count).sum()).isEqualTo(45);
		assertThat(events.stream(TierChanged.class)).isEmpty();
		for (int i = 1; i < batches.size(); i++) {
			assertThat(batches.get(i).afterId()).as("chunks one after the other").isGreaterThanOrEqualTo(batches.get(i - 1).upToId());
		}
		List<String> union = new ArrayList<>();
		for (TiersChanged batch : batches) {
			List<String> named = jdbc.queryForList("""
					select customer_id || ':' || coalesce(from_tier, '-') || ':' || to_tier from tier_change_ref
					where customer_id > ? and customer_id <= ? and changed_at = ?""", String.class, batch.afterId(),
					batch.upToId(), java.sql.Timestamp.from(batch.at()));
			assertThat(named).as("the changes a batch names").hasSize(batch.count());
			union.addAll(named);
		}
		assertThat(union).doesNotHaveDuplicates();
		assertThat(union.stream().sorted().toList()).isEqualTo(expected.entrySet().stream()
			.map(e -> e.getKey() + ":-:" + e.getValue()).sorted().toList());
		List<String> history = jdbc.queryForList("""
				select customer_id || ':' || coalesce(from_tier, '-') || ':' || to_tier from customer_tier_history
				where id > ? order by customer_id""", String.class, historyBefore);
		assertThat(union.stream().sorted().toList()).isEqualTo(history.stream().sorted().toList());
		assertThat(recomputedEntries()).isEqualTo(auditBefore + 1);
	}

	@Test
	void theListenersOfABatchPutEveryChangeOnTheTimelineGrantTheEntitlementsAndPlanTheCadenceRevisits() {
		runJob();
		Map<Long, Tier> expected = customersWithNewFigures(8);

		runJob();

		Long[] ids = expected.keySet().toArray(Long[]::new);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null
				  and event_type = 'org.clientcare.tiering.TiersChanged'""", Long.class)).isZero());
		for (var customer : expected.entrySet()) {
			long id = customer.getKey();
			String tier = customer.getValue().name();
			assertThat(jdbc.queryForList("select array_to_string(args, '>') from timeline_entry where customer_id = ? and kind = 'TIER_CHANGED'",
					String.class, id)).as("timeline of %s", tier).containsExactly(">" + tier);
			assertThat(jdbc.queryForList("""
					select distinct tier from entitlement_grant where customer_id = ? and withdrawn_at is null""", String.class,
					id)).as("entitlements of %s", tier).isEqualTo(tier.equals("ORDINARY") ? List.of() : List.of(tier));
			assertThat(jdbc.queryForObject("""
					select r.due_date = (c.relationship_since + make_interval(months => case ? when 'DIAMOND' then 1
					  when 'PLATINUM' then 3 when 'GOLD' then 6 else 12 end))::date
					from revisit r join customer c on c.id = r.customer_id
					where r.customer_id = ? and r.reason = 'CADENCE' and r.status = 'OPEN'""", Boolean.class, tier, id))
				.as("the open cadence revisit of %s, due after the tier's interval", tier).isTrue();
		}
		assertThat(jdbc.queryForObject("select count(*) from entitlement_grant where customer_id = any(?)", Long.class,
				(Object) ids)).isPositive();
	}

	@Test
	void aSecondRunChangesNothingAndPublishesNothing() {
		customersWithNewFigures(3);
		Map<String, Object> first = runJob();
		long historyBefore = jdbc.queryForObject("select coalesce(max(id), 0) from customer_tier_history", Long.class);
		events.clear();

		Map<String, Object> second = runJob();

		assertThat((Integer) first.get("changed")).isGreaterThanOrEqualTo(3);
		assertThat(second.get("changed")).isEqualTo(0);
		assertThat(events.stream(TiersChanged.class)).isEmpty();
		assertThat(events.stream(TierChanged.class)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from customer_tier_history where id > ?", Long.class,
				historyBefore)).isZero();
	}

	@Test
	void theRunsOwnTransactionHoldsNoLockOnTheCustomersSoAGoLiveLoadsLastStepNeverQueuesBehindAWholeRun() {
		customersWithNewFigures(3);

		Long customerLocksHeld = new TransactionTemplate(transactions).execute(status -> {
			run.all();
			return jdbc.queryForObject("""
					select count(*) from pg_locks
					where pid = pg_backend_pid() and relation = 'customer'::regclass""", Long.class);
		});

		assertThat(customerLocksHeld).as("locks on customer held by the run's own transaction until it ends").isZero();
	}
}
