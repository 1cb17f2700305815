package org.clientcare.assistant;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.shared.pii.Masking;

/**
 * Questions are logged masked (§8): resident ID numbers ({@code 110105********002X}), bank card numbers (first 4 and
 * last 4 digits), mainland mobile numbers ({@code 138****8000}) and email addresses are masked before a question is
 * stored, so the log and the gap list never hold PII.
 */
public final class QuestionMasking {

	private static final Pattern ID = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");

	private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{12,19}(?!\\d)");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private QuestionMasking() {
	}

	public static String mask(String question) {
		String masked = replace(ID, question, Masking::idNumber);
		masked = replace(CARD, masked, card -> card.substring(0, 4) + "*".repeat(card.length() - 8)
				+ card.substring(card.length() - 4));
		masked = replace(MOBILE, masked, mobile -> Masking.phone(mobile.replaceAll("[^\\d]", "").replaceFirst("^86", "")));
		return replace(EMAIL, masked, Masking::email);
	}

	private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> masker) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(masker.apply(matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
