package org.clientcare.assistant.retrieval;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * Text made comparable before it is analysed, the same way for questions and for knowledge-base entries: full-width
 * forms folded (NFKC), traditional characters turned into simplified ones with ICU's {@code Traditional-Simplified}
 * transliterator (ICU4J, the Unicode Consortium's library), lower case, runs of white space collapsed.
 */
public final class QuestionText {

	private static final ThreadLocal<Transliterator> SIMPLIFY = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

	private QuestionText() {
	}

	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		String simplified = hasHan(folded) ? SIMPLIFY.get().transliterate(folded) : folded;
		return simplified.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	/**
	 * The characters of Chinese that carry grammar rather than a topic: particles, pronouns, negation, the copula,
	 * common auxiliaries and prepositions.
	 */
	private static final String FUNCTION_CHARACTERS = "的了是我你您他她它们不在有这那个和与或也都就还又吗呢吧啊呀哦嗯么着过被把给让对从向到"
			+ "以为而且但很太更最再才只已将会能要可没";

	/**
	 * Whether the normalised text is made of Chinese function characters only (的了是我不在有, 我的呢): it names nothing
	 * and asks nothing, whatever entry its characters happen to share.
	 */
	public static boolean onlyFunctionCharacters(String normalised) {
		return hasHan(normalised) && normalised.codePoints().filter(c -> Character.isLetterOrDigit(c))
			.allMatch(c -> FUNCTION_CHARACTERS.indexOf(c) >= 0);
	}

	/** Whether the text holds Chinese characters (then it is matched against the Chinese entries). */
	public static boolean hasHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
