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
 * The revisit planner ({@code revisit-planning}): two set-based statements. The first gives every active customer
 * without an open cadence revisit one, due the tier's interval after its last closed cadence revisit (or the start of
 * the relationship); the second plans a re-verification revisit for customers whose ID document expires within 30 days
 * or has expired, or whose contact data was last verified 12 months ago or more. They read the customer module's
 * published views {@code customer_ref} (status, tier, manager, relationship start) and {@code customer_verification}
 * ({@code id_expiry}, {@code contact_verified_at}) and write only {@code revisit}; unique source keys make a second run create nothing. Last, overdue open revisits are
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
		result.put("reverification", planReverification(now, zone, today));
		result.put("escalated", escalation.escalate(today.minusDays(settings.escalateAfterDays()), now));
		return result;
	}

	private int planCadence(Instant now, ZoneId zone) {
		List<Object> params = new ArrayList<>();
		params.add(zone.getId());
		String due = CadenceSql.due(CadenceSql.months(settings.cadence(), "c.tier", params));
		params.add(Timestamp.from(now));
		return jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select c.id, 'CADENCE', 'cadence:' || c.id || ':open', %s, 'OPEN', c.manager_id, ?
				from customer_ref c
				where c.status = 'ACTIVE'
				  and not exists (select 1 from revisit r where r.customer_id = c.id and r.reason = 'CADENCE' and r.status = 'OPEN')
				on conflict do nothing""".formatted(due))
			.params(params).update();
	}

	private int planReverification(Instant now, ZoneId zone, LocalDate today) {
		LocalDate expiringBy = today.plusDays(settings.idExpiryWithinDays());
		Timestamp verifiedBefore = Timestamp.from(now.atZone(zone).minusMonths(settings.contactVerifiedMonths()).toInstant());
		return jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select c.id, 'REVERIFICATION', k.source_key, ?, 'OPEN', c.manager_id, ?
				from customer_verification c
				cross join lateral (values
				  (case when c.id_expiry <= ? then 'reverify-id:' || c.id || ':' || c.id_expiry end),
				  (case when c.contact_verified_at < ?
				        then 'reverify-contact:' || c.id || ':' || (c.contact_verified_at at time zone ?)::date end)
				) k(source_key)
				where c.status in ('ACTIVE', 'DORMANT') and (c.id_expiry <= ? or c.contact_verified_at < ?)
				  and k.source_key is not null
				on conflict do nothing""")
			.params(today.plus(settings.reverificationWithin()), Timestamp.from(now), expiringBy, verifiedBefore,
					zone.getId(), expiringBy, verifiedBefore)
			.update();
	}
}
