package org.clientcare.revisit.internal;

import java.util.List;

import org.clientcare.revisit.RevisitCadence;

/**
 * {@link RevisitCadence} as SQL for the set-based statements that plan cadence revisits: the due day is the last
 * closed (done or unreachable, not cancelled) cadence revisit's day in the institution's zone, or the start of the
 * relationship, plus the tier's interval — PostgreSQL's {@code date + interval}, the month arithmetic of
 * {@link RevisitCadence#due}. {@code CadenceAgreementTest} keeps both in step.
 */
final class CadenceSql {

	/** The base day of customer {@code c}'s next cadence revisit ({@code ?} = the zone). */
	static final String BASE = """
			coalesce((select max((x.completed_at at time zone ?)::date) from revisit x
			          where x.customer_id = c.id and x.reason = 'CADENCE' and x.status <> 'OPEN' and x.status <> 'CANCELLED'),
			         c.relationship_since)""";

	private CadenceSql() {
	}

	/** The due day: {@link #BASE} plus {@code months} months ({@code ?} = the zone, then the months' parameters). */
	static String due(String months) {
		return "(" + BASE + " + make_interval(months => " + months + "))::date";
	}

	/** The interval in months of the tier in {@code tierColumn}, its values added to {@code params}. */
	static String months(RevisitCadence cadence, String tierColumn, List<Object> params) {
		StringBuilder months = new StringBuilder("case");
		cadence.monthsByTier().forEach((tier, m) -> {
			months.append(" when ").append(tierColumn).append(" = ? then ?");
			params.add(tier);
			params.add(m);
		});
		params.add(cadence.defaultMonths());
		return months.append(" else ? end").toString();
	}
}
