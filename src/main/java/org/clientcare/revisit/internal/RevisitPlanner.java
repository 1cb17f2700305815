package org.clientcare.revisit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.revisit.RevisitSettings;
import org.clientcare.shared.jobs.Job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisit planner ({@code revisit-planning}): one set-based statement gives every active customer without an open
 * cadence revisit one, due the tier's interval after its last closed cadence revisit (or the start of the
 * relationship); a restricted customer (PIPL: a deletion the law does not allow yet) gets none, as it is processed for
 * no care. It reads the customer module's published view {@code customer_ref} (status, tier, manager,
 * relationship start) and writes only {@code revisit}; a unique index makes a second run create nothing.
 * Re-verifications are the {@code reverification} job's ({@link ReverificationPlanner}). Last, overdue open revisits are
 * escalated to the branch manager ({@link OverdueEscalation}). It runs once across instances
 * through {@code platform.Jobs}.
 */
@Component
class RevisitPlanner implements Job {

	private final JdbcClient jdbc;

	private final RevisitSettings settings;

	private final OverdueEscalation escalation;

	private final Clock clock;

	RevisitPlanner(JdbcClient jdbc, RevisitSettings settings, OverdueEscalation escalation, Clock clock) {
		this.jdbc = jdbc;
		this.escalation = escalation;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "revisit-planning";
	}

	@Override
	@Transactional
	public Map<String, Object> run() {
		Instant now = clock.instant();
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("cadence", planCadence(now, zone));
		result.put("escalated", escalation.escalate(today.minusDays(settings.escalateAfterDays()), now));
		return result;
	}

	/**
	 * The cadence revisits, in one statement, planned without nested loops ({@code enable_nestloop} off for it alone).
	 * Its look-up of a customer's open cadence revisit is an anti join: by hash or merge it reads each side once,
	 * whatever the tables' figures. With customers just loaded and not analysed yet (a go-live load, or any large import
	 * before autovacuum has come by) PostgreSQL would otherwise estimate one customer and plan a nested loop that reads,
	 * for each customer, every revisit the statement has inserted so far — 23 s at 20,000 customers and quadratic in
	 * them, holding the customer table all along while a go-live load's last step waited for it. A look-up per customer
	 * ({@code offset 0} in the sub-query, as before) was safe too but cost a million index probes on a night with nothing
	 * to plan: 2.1 s against 0.65 s by the merge anti join at 1,000,000 customers.
	 */
	private int planCadence(Instant now, ZoneId zone) {
		List<Object> params = new ArrayList<>();
		params.add(zone.getId());
		String due = CadenceSql.due(CadenceSql.months(settings.cadence(), "c.tier", params));
		params.add(Timestamp.from(now));
		String nestedLoops = jdbc.sql("select current_setting('enable_nestloop')").query(String.class).single();
		jdbc.sql("select set_config('enable_nestloop', 'off', true)").query(String.class).single();
		int planned = jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select c.id, 'CADENCE', 'cadence:' || c.id || ':open', %s, 'OPEN', c.manager_id, ?
				from customer_ref c
				where c.status = 'ACTIVE' and not c.restricted
				  and not exists (select 1 from revisit r where r.customer_id = c.id and r.reason = 'CADENCE' and r.status = 'OPEN')
				on conflict do nothing""".formatted(due))
			.params(params).update();
		jdbc.sql("select set_config('enable_nestloop', ?, true)").param(nestedLoops).query(String.class).single();
		return planned;
	}
}
