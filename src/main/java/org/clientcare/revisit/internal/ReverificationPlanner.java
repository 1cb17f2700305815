package org.clientcare.revisit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.clientcare.revisit.RevisitSettings;
import org.clientcare.shared.jobs.Job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-verification planner ({@code reverification}, SPEC §2): one set-based statement plans a re-verification
 * revisit for every active or dormant customer whose ID document expires within 30 days or has expired, or whose
 * contact data was last verified 12 months ago or more. It reads the customer module's published view
 * {@code customer_verification} ({@code id_expiry}, {@code contact_verified_at}) and writes only {@code revisit}; the
 * source keys name the document's expiry and the verification day, so a second run creates nothing, and a completed
 * re-verification (which records the contact data as verified) lets the next one wait another 12 months.
 */
@Component
class ReverificationPlanner implements Job {

	private final JdbcClient jdbc;

	private final RevisitSettings settings;

	private final Clock clock;

	ReverificationPlanner(JdbcClient jdbc, RevisitSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "reverification";
	}

	@Override
	@Transactional
	public Map<String, Object> run() {
		Instant now = clock.instant();
		ZoneId zone = clock.getZone();
		return Map.of("planned", planReverification(now, zone, LocalDate.ofInstant(now, zone)));
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
