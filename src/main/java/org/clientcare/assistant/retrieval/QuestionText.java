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

	/** Whether the text holds Chinese characters (then it is matched against the Chinese entries). */
	public static boolean hasHan(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
