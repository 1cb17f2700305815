package org.clientcare.tiering.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.shared.Amounts;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierPolicy;
import org.clientcare.tiering.TierView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts an explanation into sentences of a language (messages {@code tier.words.*}). */
@Component
public class TierWords {

	private static final List<Tier> RETAIL = List.of(Tier.DIAMOND, Tier.PLATINUM, Tier.GOLD);

	private static final List<Tier> CORPORATE = List.of(Tier.DIAMOND, Tier.PLATINUM, Tier.GOLD, Tier.SILVER);

	private final MessageSource messages;

	TierWords(MessageSource messages) {
		this.messages = messages;
	}

	@SuppressWarnings("unchecked")
	public List<String> of(Map<String, Object> explanation, TierView.Override override, Locale locale) {
		List<String> words = new ArrayList<>();
		if (override != null) {
			words.add(override.until() == null
					? text(locale, "tier.words.override.permanent", tierName(override.tier(), locale), override.reason())
					: text(locale, "tier.words.override", tierName(override.tier(), locale), override.until().toString(),
							override.reason()));
		}
		String rule = (String) explanation.get("rule");
		Map<String, Object> in = (Map<String, Object>) explanation.getOrDefault("inputs", Map.of());
		Map<String, Object> th = (Map<String, Object>) explanation.getOrDefault("thresholds", Map.of());
		Tier tier = explanation.get("tier") == null ? null : Tier.valueOf((String) explanation.get("tier"));
		if (rule == null || rule.equals(TierPolicy.NO_FIGURES)) {
			words.add(text(locale, "tier.words.none.no-figures"));
			return words;
		}
		if (rule.startsWith("retail.")) {
			if (tier == null || tier == Tier.ORDINARY) {
				words.add(text(locale, "tier.words.retail.below", money(in.get("aum")), tierName(Tier.GOLD, locale),
						money(th.get("GOLD"))));
			}
			else {
				words.add(text(locale, "tier.words.retail.met", money(in.get("aum")), tierName(tier, locale), money(th.get(tier.name()))));
				if (!rule.equals(TierPolicy.RETAIL_AUM)) {
					words.add(text(locale, "tier.words.retail.contribution", money(in.get("annualContribution")),
							text(locale, "tier.combination." + th.get("combination"))));
				}
				next(RETAIL, tier).ifPresent(higher -> words.add(text(locale, "tier.words.next.retail",
						tierName(higher, locale), money(th.get(higher.name())))));
			}
			return words;
		}
		if (rule.equals(TierPolicy.CORPORATE_RELATIONSHIP_TOO_SHORT)) {
			words.add(text(locale, "tier.words.corporate.relationship-too-short", in.get("relationshipSince"),
					th.get("minRelationshipMonths")));
			return words;
		}
		words.add(text(locale, "tier.words.corporate.formula", money(in.get("standardDeposits")),
				money(in.get("avgDailyDeposits")), money(in.get("loans")), plain(th.get("loanCoefficient")),
				money(in.get("intermediaryIncome")), plain(th.get("intermediaryIncomeCoefficient"))));
		switch (rule) {
			case TierPolicy.CORPORATE_BAD_CREDIT_CAP, TierPolicy.CORPORATE_LITIGATION_CAP ->
				words.add(text(locale, "tier.words." + rule, tierName(Tier.BRONZE, locale)));
			case TierPolicy.CORPORATE_SHAREHOLDER -> words.add(text(locale, "tier.words.corporate.shareholder",
					plain(in.get("shareholdingPct")), plain(th.get("shareholderPct")), tierName(Tier.PLATINUM, locale),
					money(th.get("PLATINUM")), tierName(Tier.DIAMOND, locale)));
			case TierPolicy.CORPORATE_FORTUNE_GLOBAL_500 -> words.add(text(locale, "tier.words." + rule,
					tierName(Tier.GOLD, locale), money(th.get("GOLD")), tierName(Tier.PLATINUM, locale)));
			case TierPolicy.CORPORATE_SHAREHOLDER_PLATINUM -> words.add(text(locale, "tier.words." + rule,
					plain(in.get("shareholdingPct")), plain(th.get("shareholderPlatinumPct")), tierName(Tier.GOLD, locale),
					money(th.get("GOLD")), tierName(Tier.PLATINUM, locale)));
			case TierPolicy.CORPORATE_CHINA_TOP_500 -> words.add(text(locale, "tier.words." + rule,
					tierName(Tier.GOLD, locale), money(th.get("GOLD"))));
			case TierPolicy.CORPORATE_SHAREHOLDER_GOLD -> words.add(text(locale, "tier.words." + rule,
					plain(in.get("shareholdingPct")), tierName(Tier.GOLD, locale), money(th.get("GOLD"))));
			case TierPolicy.CORPORATE_BANK_BRANCH -> words.add(text(locale, "tier.words." + rule,
					text(locale, "tier.words.bankBranch." + in.get("bankBranch")), tierName(Tier.GOLD, locale),
					money(th.get("GOLD"))));
			case TierPolicy.CORPORATE_BELOW_SILVER -> words.add(text(locale, "tier.words.corporate.below",
					tierName(Tier.SILVER, locale), money(th.get("SILVER")), tierName(Tier.BRONZE, locale)));
			default -> {
				words.add(text(locale, "tier.words.corporate.met", tierName(tier, locale), money(th.get(tier.name()))));
				next(CORPORATE, tier).ifPresent(higher -> words.add(text(locale, "tier.words.next.corporate",
						tierName(higher, locale), money(th.get(higher.name())))));
			}
		}
		return words;
	}

	private static java.util.Optional<Tier> next(List<Tier> order, Tier tier) {
		int at = order.indexOf(tier);
		return at > 0 ? java.util.Optional.of(order.get(at - 1)) : java.util.Optional.empty();
	}

	private String tierName(Tier tier, Locale locale) {
		return text(locale, "tier." + tier.name());
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	static String money(Object value) {
		if (value == null) {
			return "-";
		}
		return Amounts.format(new BigDecimal(value.toString()));
	}

	static String plain(Object value) {
		return value == null ? "-" : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
	}
}
