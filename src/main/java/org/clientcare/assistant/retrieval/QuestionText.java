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
		String simplified = hasHan(folded) ? mainland(SIMPLIFY.get().transliterate(folded)) : folded;
		return simplified.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	/**
	 * Words written in traditional characters whose simplified form is still not the mainland word, each → the
	 * mainland word: the transliterator changes characters, not words, so 帳 becomes 帐 (the knowledge base writes 账),
	 * 答覆 keeps its 覆 and Taiwan's and Hong Kong's 資訊 and 連結 stay 资讯 and 连结 (信息, 链接). A traditional question
	 * then scores as its simplified twin. (Words the synonym map already reads, such as 简讯 for 短信, are left to it.)
	 */
	private static final String[][] MAINLAND = { { "帐", "账" }, { "答覆", "答复" }, { "回覆", "回复" }, { "资讯", "信息" },
			{ "连结", "链接" }, { "网路", "网络" }, { "存摺", "存折" }, { "个资", "个人信息" },
			{ "行动银行", "手机银行" }, { "网络银行", "网上银行" }, { "金融卡", "借记卡" }, { "提款卡", "借记卡" } };

	private static String mainland(String simplified) {
		String text = simplified;
		for (String[] word : MAINLAND) {
			text = text.replace(word[0], word[1]);
		}
		return text;
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
