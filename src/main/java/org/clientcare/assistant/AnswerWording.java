package org.clientcare.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FAQ answers never promise returns (不得承诺收益, 保本保收益): this rule finds wording that guarantees principal or
 * returns or denies risk — 保本, 保收益, 稳赚, 无风险, 零风险, 刚性兑付, 保证收益, "guaranteed return", "risk-free" … —
 * so that such an answer cannot be submitted for approval. Negated forms that warn instead (不保本, 非保本, 不承诺收益,
 * "not guaranteed") pass.
 */
public final class AnswerWording {

	private static final List<Pattern> PROMISES = List.of(
			Pattern.compile("(?<![不非无未])保本"), Pattern.compile("(?<![不非无未])保(?:证)?收益"),
			Pattern.compile("(?<![不非无未])保底"), Pattern.compile("(?<![不非无未])保息"),
			Pattern.compile("稳赚"), Pattern.compile("只赚不赔"), Pattern.compile("(?<![并非])(?:无|零|没有)风险"),
			Pattern.compile("刚性兑付"), Pattern.compile("(?<![不非无未])承诺(?:收益|回报)"),
			Pattern.compile("(?<![不非无未])(?:保证|确保)(?:本金|回报|盈利|赚钱)"), Pattern.compile("收益率?(?:高达|保证)"),
			Pattern.compile("(?<!not |never |no )guarantee(?:d|s)? (?:return|yield|profit|income|principal)"),
			Pattern.compile("(?<!not |never |no )risk[- ]free"), Pattern.compile("(?<!not |never )no risk"),
			Pattern.compile("capital[- ]protected"), Pattern.compile("can(?:not|'t) lose"));

	private AnswerWording() {
	}

	/** The promising phrases found in an answer, in the order they stand; empty when there is none. */
	public static List<String> promises(String answer) {
		List<String> found = new ArrayList<>();
		if (answer == null) {
			return found;
		}
		String text = answer.toLowerCase(Locale.ROOT);
		for (Pattern promise : PROMISES) {
			Matcher matcher = promise.matcher(text);
			while (matcher.find()) {
				found.add(answer.substring(matcher.start(), matcher.end()));
			}
		}
		return found;
	}
}
