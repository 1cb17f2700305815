package org.clientcare.tiering.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.tiering.TierPolicy;
import org.clientcare.tiering.TierSettings;

/**
 * The rules of {@link TierPolicy} as one set-based SQL query over the latest figures of the customers with ids in
 * {@code :after < id <= :upTo}: it yields a decision (customer, tier, scheme, rule, explanation, asOf) per customer with
 * figures, and one without tier for each customer tiered before whose figures are gone. {@code TieringAgreementTest}
 * keeps both in step.
 */
final class TieringStatements {

	private TieringStatements() {
	}

	/** The decision query with its parameters, for the given settings; {@code :after} and {@code :upTo} are left open. */
	static Map.Entry<String, Map<String, Object>> decisions(TierSettings s, java.time.LocalDate today, String retailThresholds,
			String corporateThresholds) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("loanCoefficient", s.loanCoefficient());
		params.put("incomeCoefficient", s.intermediaryIncomeCoefficient());
		params.put("cutoff", new TierPolicy(s).relationshipCutoff(today));
		params.put("corporateDiamond", s.corporateDiamond());
		params.put("corporatePlatinum", s.corporatePlatinum());
		params.put("corporateGold", s.corporateGold());
		params.put("corporateSilver", s.corporateSilver());
		params.put("shareholderPct", s.shareholderPct());
		params.put("fortuneGlobal500Platinum", s.fortuneGlobal500Platinum());
		params.put("shareholderPlatinumPct", s.shareholderPlatinumPct());
		params.put("shareholderPlatinum", s.shareholderPlatinum());
		params.put("chinaTop500Gold", s.chinaTop500Gold());
		params.put("shareholderGold", s.shareholderGold());
		params.put("bankBranchGold", s.bankBranchGold());
		params.put("retailRule", TierPolicy.retailRule(s));
		params.put("retailThresholds", retailThresholds);
		params.put("corporateThresholds", corporateThresholds);
		String diamond = retail("Diamond", s.retailDiamondAum(), s.retailDiamondContribution(), s, params);
		String platinum = retail("Platinum", s.retailPlatinumAum(), s.retailPlatinumContribution(), s, params);
		String gold = retail("Gold", s.retailGoldAum(), s.retailGoldContribution(), s, params);
		String sql = """
				with latest as (
				  select distinct on (m.customer_id) m.* from customer_metrics m
				  where m.customer_id > :after and m.customer_id <= :upTo
				  order by m.customer_id, m.as_of desc
				), input as (
				  select c.id as customer_id, c.type, c.relationship_since, c.fortune_global_500, c.china_top_500,
				    c.bank_branch, l.as_of, l.aum, l.avg_daily_deposits, l.loans,
				    l.intermediary_income, l.annual_contribution, l.bad_credit, l.litigation, l.shareholding_pct,
				    round(l.avg_daily_deposits + l.loans * :loanCoefficient + l.intermediary_income * :incomeCoefficient, 2)
				      as standard_deposits
				  from latest l join customer_ref c on c.id = l.customer_id
				  where c.id > :after and c.id <= :upTo
				), tiered as (
				  select i.*, case when i.type = 'INDIVIDUAL' then 'RETAIL' else 'CORPORATE' end as scheme,
				    case when i.type = 'INDIVIDUAL' then
				        case when %s then 'DIAMOND' when %s then 'PLATINUM' when %s then 'GOLD' else 'ORDINARY' end
				      when i.relationship_since > :cutoff then null
				      when i.bad_credit or i.litigation then 'BRONZE'
				      when i.standard_deposits >= :corporateDiamond then 'DIAMOND'
				      when i.standard_deposits >= :corporatePlatinum and i.shareholding_pct >= :shareholderPct then 'DIAMOND'
				      when i.standard_deposits >= :corporatePlatinum then 'PLATINUM'
				      when i.standard_deposits >= :corporateGold and cast(:fortuneGlobal500Platinum as boolean)
				        and i.fortune_global_500 then 'PLATINUM'
				      when i.standard_deposits >= :corporateGold and cast(:shareholderPlatinum as boolean)
				        and i.shareholding_pct >= :shareholderPlatinumPct then 'PLATINUM'
				      when i.standard_deposits >= :corporateGold then 'GOLD'
				      when cast(:chinaTop500Gold as boolean) and i.china_top_500 then 'GOLD'
				      when cast(:shareholderGold as boolean) and i.shareholding_pct > 0 then 'GOLD'
				      when cast(:bankBranchGold as boolean) and i.bank_branch is not null then 'GOLD'
				      when i.standard_deposits >= :corporateSilver then 'SILVER'
				      else 'BRONZE' end as tier
				  from input i
				), ruled as (
				  select t.*, case when t.type = 'INDIVIDUAL' then
				        case when t.tier = 'ORDINARY' then 'retail.below-gold' else :retailRule end
				      when t.relationship_since > :cutoff then 'corporate.relationship-too-short'
				      when t.bad_credit then 'corporate.bad-credit-cap'
				      when t.litigation then 'corporate.litigation-cap'
				      when t.standard_deposits >= :corporateDiamond then 'corporate.standard-deposits'
				      when t.tier = 'DIAMOND' then 'corporate.shareholder'
				      when t.standard_deposits >= :corporatePlatinum then 'corporate.standard-deposits'
				      when t.tier = 'PLATINUM' and cast(:fortuneGlobal500Platinum as boolean) and t.fortune_global_500
				        then 'corporate.fortune-global-500'
				      when t.tier = 'PLATINUM' then 'corporate.shareholder-platinum'
				      when t.standard_deposits >= :corporateGold then 'corporate.standard-deposits'
				      when t.tier = 'GOLD' and cast(:chinaTop500Gold as boolean) and t.china_top_500 then 'corporate.china-top-500'
				      when t.tier = 'GOLD' and cast(:shareholderGold as boolean) and t.shareholding_pct > 0
				        then 'corporate.shareholder-gold'
				      when t.tier = 'GOLD' then 'corporate.bank-branch'
				      when t.tier = 'BRONZE' then 'corporate.below-silver'
				      else 'corporate.standard-deposits' end as rule
				  from tiered t
				)
				select r.customer_id, r.tier, r.scheme, r.rule,
				  case when r.scheme = 'RETAIL' then jsonb_build_object('scheme', r.scheme, 'rule', r.rule, 'tier', r.tier,
				      'inputs', jsonb_build_object('asOf', r.as_of, 'aum', r.aum, 'annualContribution', r.annual_contribution),
				      'thresholds', cast(:retailThresholds as jsonb))
				    else jsonb_build_object('scheme', r.scheme, 'rule', r.rule, 'tier', r.tier,
				      'inputs', jsonb_build_object('asOf', r.as_of, 'relationshipSince', r.relationship_since,
				        'avgDailyDeposits', r.avg_daily_deposits, 'loans', r.loans, 'intermediaryIncome', r.intermediary_income,
				        'standardDeposits', r.standard_deposits, 'shareholdingPct', r.shareholding_pct,
				        'badCredit', r.bad_credit, 'litigation', r.litigation, 'fortuneGlobal500', r.fortune_global_500,
				        'chinaTop500', r.china_top_500, 'bankBranch', r.bank_branch),
				      'thresholds', cast(:corporateThresholds as jsonb)) end as explanation,
				  r.as_of
				from ruled r
				union all
				select t.customer_id, cast(null as varchar), x.scheme, 'none.no-figures',
				  jsonb_build_object('scheme', x.scheme, 'rule', 'none.no-figures', 'tier', cast(null as text),
				    'inputs', cast('{}' as jsonb), 'thresholds', cast('{}' as jsonb)), cast(null as date)
				from customer_tier t join customer_ref c on c.id = t.customer_id and c.id > :after and c.id <= :upTo
				  cross join lateral (select case when c.type = 'INDIVIDUAL' then 'RETAIL' else 'CORPORATE' end as scheme) x
				where t.customer_id > :after and t.customer_id <= :upTo
				  and not exists (select 1 from customer_metrics m where m.customer_id = t.customer_id
				    and m.customer_id > :after and m.customer_id <= :upTo)"""
			.formatted(diamond, platinum, gold);
		return Map.entry(sql, params);
	}

	/** One decision made in Java, as the same kind of query; {@code :after} and {@code :upTo} enclose its customer. */
	static String single() {
		return """
				select cast(:customerId as bigint) as customer_id, cast(:tier as varchar) as tier,
				  cast(:scheme as varchar) as scheme, cast(:rule as varchar) as rule,
				  cast(:explanation as jsonb) as explanation, cast(:asOf as date) as as_of""";
	}

	/**
	 * Writes decisions about the customers with ids in {@code :after < id <= :upTo} into {@code customer_tier} — only rows
	 * whose decision changed, keeping an active override as the tier and ending an expired one — and a history entry
	 * for every change of the tier customers see; {@code answer} selects what comes back from the inserted history rows
	 * ({@code changed}: customer_id, from_tier, to_tier, scheme, changed_at) — each change ({@link #EACH}) or their count
	 * and time ({@link #COUNT}). Running it again with the same decisions writes nothing: unchanged decisions are left
	 * out before the upsert, which would otherwise lock (and so write) every row it finds in place.
	 */
	static String apply(String decisions, String answer) {
		return """
				with decision as (%s),
				different as (
				  select d.*, o.tier as old_tier, coalesce(o.override_until < :today, false) as override_ended
				  from decision d left join customer_tier o on o.customer_id = d.customer_id
				    and o.customer_id > :after and o.customer_id <= :upTo
				  where o.customer_id is null or o.computed_tier is distinct from d.tier or o.scheme <> d.scheme
				    or o.rule <> d.rule or o.explanation <> d.explanation or o.metrics_as_of is distinct from d.as_of
				    or o.override_until < :today
				),
				upserted as (
				  insert into customer_tier as t (customer_id, tier, since, computed_tier, scheme, rule, explanation,
				    metrics_as_of, settings_version, computed_at)
				  select d.customer_id, d.tier, :now, d.tier, d.scheme, d.rule, d.explanation, d.as_of, :settingsVersion, :now
				  from different d
				  on conflict (customer_id) do update set computed_tier = excluded.computed_tier, scheme = excluded.scheme,
				    rule = excluded.rule, explanation = excluded.explanation, metrics_as_of = excluded.metrics_as_of,
				    settings_version = excluded.settings_version, computed_at = excluded.computed_at,
				    tier = case when t.override_tier is not null and (t.override_until is null or t.override_until >= :today)
				      then t.override_tier else excluded.computed_tier end,
				    since = case when (case when t.override_tier is not null
				        and (t.override_until is null or t.override_until >= :today)
				      then t.override_tier else excluded.computed_tier end) is distinct from t.tier then excluded.since
				      else t.since end,
				    override_tier = case when t.override_until < :today then null else t.override_tier end,
				    override_reason = case when t.override_until < :today then null else t.override_reason end,
				    override_approval_id = case when t.override_until < :today then null else t.override_approval_id end,
				    override_until = case when t.override_until < :today then null else t.override_until end
				  where t.computed_tier is distinct from excluded.computed_tier or t.scheme <> excluded.scheme
				    or t.rule <> excluded.rule or t.explanation <> excluded.explanation
				    or t.metrics_as_of is distinct from excluded.metrics_as_of or t.override_until < :today
				  returning t.customer_id, t.tier, t.scheme, t.rule, t.override_tier
				),
				changed as (
				  insert into customer_tier_history (customer_id, from_tier, to_tier, scheme, rule, source, changed_at)
				  select u.customer_id, o.old_tier, u.tier, case when u.override_tier is not null then 'OVERRIDE' else u.scheme end,
				    case when u.override_tier is not null then 'override' else u.rule end,
				    case when o.override_ended then 'OVERRIDE_ENDED' else 'RECOMPUTED' end, :now
				  from upserted u join different o on o.customer_id = u.customer_id
				  where u.tier is distinct from o.old_tier
				  returning customer_id, from_tier, to_tier, scheme, changed_at
				)
				%s""".formatted(decisions, answer);
	}

	/** {@link #apply}'s answer: every change of the tier customers see. */
	static final String EACH = "select customer_id, from_tier, to_tier, scheme, changed_at from changed";

	/**
	 * {@link #apply}'s answer for the nightly chunks: how many tiers changed and when (one time for all of them) —
	 * the changes themselves stay in the database, published as {@code tier_change_ref}.
	 */
	static final String COUNT = "select count(*) as changes, max(changed_at) as changed_at from changed";

	private static String retail(String name, java.math.BigDecimal aum, java.math.BigDecimal contribution, TierSettings s,
			Map<String, Object> params) {
		params.put("retail" + name + "Aum", aum);
		String byAum = "i.aum >= :retail" + name + "Aum";
		if (contribution == null) {
			return byAum;
		}
		params.put("retail" + name + "Contribution", contribution);
		String byContribution = "i.annual_contribution >= :retail" + name + "Contribution";
		return "(" + byAum + (s.contributionCombination() == TierSettings.Combination.ANY ? " or " : " and ")
				+ byContribution + ")";
	}
}
