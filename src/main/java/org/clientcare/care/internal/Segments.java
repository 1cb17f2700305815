package org.clientcare.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.care.Audience;
import org.clientcare.customer.CustomerScope;
import org.clientcare.notification.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Audiences of segments, counted and taken set-based from {@code customer_ref}, the care profiles and the views the
 * customer ({@code customer_consent_ref}), suitability ({@code customer_risk_ref}, {@code cooling_off_ref}) and
 * transaction ({@code customer_product_ref}) modules publish. Each customer left out is counted under the first reason
 * that holds; only marketing needs consent, respects opt-outs and waits out cooling-off periods.
 */
@Repository
public class Segments {

	private final JdbcClient jdbc;

	Segments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many customers a segment reaches, and how many it leaves out by reason. */
	public Audience count(Resolved segment, boolean marketing, Channel channel, Instant at) {
		List<Object> params = new ArrayList<>();
		String reason = reason(marketing, channel, at, params);
		String where = where(segment, params);
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select reason, count(*) as n from (select " + reason + " as reason " + where + ") t group by reason")
			.params(params)
			.query((rs, n) -> Map.entry(String.valueOf(rs.getString("reason")), rs.getLong("n"))).list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return new Audience(counts.getOrDefault("null", 0L), new Audience.Excluded(counts.getOrDefault("noConsent", 0L),
				counts.getOrDefault("optedOut", 0L), counts.getOrDefault("coolingOff", 0L), counts.getOrDefault("restricted", 0L)));
	}

	/**
	 * One page of the customers a segment leaves out, by id, each with its reason; only those the caller's scope
	 * reaches, and only those of {@code reason} when given.
	 */
	public List<Left> excluded(Resolved segment, boolean marketing, Channel channel, Instant at, String reason,
			CustomerScope scope, int page, int size) {
		List<Object> params = new ArrayList<>();
		String sql = excludedQuery(segment, marketing, channel, at, reason, scope, params);
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql("select id, reason from (" + sql + ") t order by id limit ? offset ?").params(params)
			.query((rs, n) -> new Left(rs.getLong("id"), rs.getString("reason"))).list();
	}

	/** How many customers {@link #excluded} lists over all pages. */
	public long countExcluded(Resolved segment, boolean marketing, Channel channel, Instant at, String reason,
			CustomerScope scope) {
		List<Object> params = new ArrayList<>();
		String sql = excludedQuery(segment, marketing, channel, at, reason, scope, params);
		return jdbc.sql("select count(*) from (" + sql + ") t").params(params).query(Long.class).single();
	}

	private static String excludedQuery(Resolved segment, boolean marketing, Channel channel, Instant at, String reason,
			CustomerScope scope, List<Object> params) {
		String why = reason(marketing, channel, at, params);
		StringBuilder where = new StringBuilder(where(segment, params));
		switch (scope.reach()) {
			case EVERYONE -> {
			}
			case NOBODY -> where.append(" and false");
			case MANAGED_BY -> {
				where.append(" and r.manager_id = ?");
				params.add(scope.managerId());
			}
			case IN_UNITS -> {
				where.append(" and r.org_unit_id = any(?)");
				params.add(scope.orgUnitIdArray());
			}
			case LISTED -> {
				where.append(" and r.id = any(?)");
				params.add(scope.customerIdArray());
			}
		}
		String sql = "select r.id, " + why + " as reason " + where;
		if (reason == null) {
			return "select id, reason from (" + sql + ") e where reason is not null";
		}
		params.add(reason);
		return "select id, reason from (" + sql + ") e where reason = ?";
	}

	/** A customer left out and its reason. */
	public record Left(long id, String reason) {
	}

	/**
	 * Takes up to {@code limit} customers of the campaign's audience it has not reached yet, by id, and records them
	 * as reached; answers their ids.
	 */
	public List<Long> take(long campaignId, Resolved segment, boolean marketing, Channel channel, Instant at, int limit) {
		List<Object> params = new ArrayList<>();
		params.add(campaignId);
		params.add(Timestamp.from(at));
		String where = where(segment, params);
		String reason = reason(marketing, channel, at, params);
		params.add(campaignId);
		params.add(limit);
		return jdbc.sql("insert into care_campaign_message (campaign_id, customer_id, queued_at, addressed) "
				+ "select ?, r.id, ?, true " + where + " and (" + reason + ") is null"
				+ " and not exists (select 1 from care_campaign_message m where m.campaign_id = ? and m.customer_id = r.id)"
				+ " order by r.id limit ? on conflict do nothing returning customer_id")
			.params(params).query(Long.class).list();
	}

	/** Up to {@code limit} customers of a segment's marketing audience on a channel, by id. */
	public List<Long> audienceIds(Resolved segment, Channel channel, Instant at, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(segment, params);
		String reason = reason(true, channel, at, params);
		params.add(limit);
		return jdbc.sql("select r.id " + where + " and (" + reason + ") is null order by r.id limit ?").params(params)
			.query(Long.class).list();
	}

	/** Marks customers of a campaign whose channel had no address. */
	public void unaddressed(long campaignId, List<Long> customerIds) {
		if (!customerIds.isEmpty()) {
			jdbc.sql("update care_campaign_message set addressed = false where campaign_id = ? and customer_id = any(?)")
				.params(campaignId, customerIds.toArray(Long[]::new)).update();
		}
	}

	/** The language of each customer's greetings (its care profile), {@code zh-CN} for those without one. */
	public Map<Long, String> languages(List<Long> customerIds) {
		Map<Long, String> languages = new HashMap<>();
		customerIds.forEach(id -> languages.put(id, "zh-CN"));
		jdbc.sql("select customer_id, language from care_profile where customer_id = any(?)")
			.param(customerIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("customer_id"), rs.getString("language"))).list()
			.forEach(e -> languages.put(e.getKey(), e.getValue()));
		return languages;
	}

	/** How many customers a campaign reached opted out of its channel after it was queued for them. */
	public long optedOutAfter(long campaignId, Channel channel) {
		return jdbc.sql("""
				select count(*) from care_campaign_message m join care_opt_out x
				  on x.customer_id = m.customer_id and x.channel = ? and x.opted_out_at >= m.queued_at
				where m.campaign_id = ?""").params(channel.name(), campaignId).query(Long.class).single();
	}

	private static String reason(boolean marketing, Channel channel, Instant at, List<Object> params) {
		// A restricted customer (deletion asked, the law keeps the data) is processed for neither marketing nor care.
		if (!marketing) {
			return "case when r.restricted then 'restricted' end";
		}
		params.add(channel.name());
		params.add(Timestamp.from(at));
		params.add(Timestamp.from(at));
		return """
				case
				  when r.restricted then 'restricted'
				  when not exists (select 1 from customer_consent_ref c
				                   where c.customer_id = r.id and c.purpose = 'MARKETING' and c.granted) then 'noConsent'
				  when exists (select 1 from care_opt_out x where x.customer_id = r.id and x.channel = ?) then 'optedOut'
				  when exists (select 1 from cooling_off_ref o
				               where o.customer_id = r.id and o.starts_at <= ? and o.ends_at > ?) then 'coolingOff'
				end""";
	}

	private static String where(Resolved s, List<Object> params) {
		StringBuilder where = new StringBuilder(
				"from customer_ref r left join care_profile p on p.customer_id = r.id where r.status <> 'CLOSED'");
		if (s.reach() != null) {
			where.append(" and r.org_unit_id = any(?)");
			params.add(s.reach().toArray(Long[]::new));
		}
		condition(where, params, s.tiers(), " and r.tier = any(cast(? as text[]))");
		condition(where, params, s.riskLevels(), " and exists (select 1 from customer_risk_ref k"
				+ " where k.customer_id = r.id and k.level = any(cast(? as text[])))");
		if (!s.orgUnitIds().isEmpty()) {
			where.append(" and r.org_unit_id = any(?)");
			params.add(s.orgUnitIds().toArray(Long[]::new));
		}
		if (!s.managerIds().isEmpty()) {
			where.append(" and r.manager_id = any(?)");
			params.add(s.managerIds().toArray(Long[]::new));
		}
		condition(where, params, s.customerTypes(), " and r.type = any(cast(? as text[]))");
		condition(where, params, s.productCodes(), " and exists (select 1 from customer_product_ref h"
				+ " where h.customer_id = r.id and h.product_code = any(cast(? as text[])))");
		if (!s.birthMonths().isEmpty()) {
			where.append(" and p.birth_month = any(cast(? as smallint[]))");
			params.add(s.birthMonths().toArray(Integer[]::new));
		}
		condition(where, params, s.statuses(), " and r.status = any(cast(? as text[]))");
		return where.toString();
	}

	private static void condition(StringBuilder where, List<Object> params, List<String> values, String sql) {
		if (!values.isEmpty()) {
			where.append(sql);
			params.add(values.toArray(String[]::new));
		}
	}

	/**
	 * A segment with its org units and managers resolved to ids; {@code reach} the org units of the campaign's maker
	 * (its subtree), {@code null} for everyone.
	 */
	public record Resolved(List<String> tiers, List<String> riskLevels, List<Long> orgUnitIds, List<Long> managerIds,
			List<String> customerTypes, List<String> productCodes, List<Integer> birthMonths, List<String> statuses,
			java.util.Set<Long> reach) {
	}
}
