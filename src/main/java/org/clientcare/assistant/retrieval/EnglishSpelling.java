package org.clientcare.assistant.retrieval;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspelt words of an English question read as the knowledge base's own words (its phrasings' and its synonym map's):
 * a word of at least three letters that no phrasing holds becomes the knowledge base's word one edit away (a letter
 * left out, from three letters: opn → open; two letters swapped, from four; a letter changed in words of five letters
 * or more, or a vowel changed for a vowel in words of four; a letter too many only in words of seven or more, so that
 * wait or spent stay what they are: acount → account, morgage → mortgage, crad → card), the most frequent when there
 * are several; a word of nine letters or more with
 * no such neighbour becomes the word two edits away ({@link #LONG}: investmnet, insurence). A word with no
 * such neighbour is left as written, so an off-topic word still counts against the answer.
 */
final class EnglishSpelling {

	private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

	private final Map<String, Integer> words;

	private EnglishSpelling(Map<String, Integer> words) {
		this.words = words;
	}

	/** The English words of the texts (normalised: lower case), with how often each occurs. */
	static EnglishSpelling of(Iterable<String> texts) {
		Map<String, Integer> words = new HashMap<>();
		for (String text : texts) {
			Matcher matcher = Pattern.compile("[a-z]+").matcher(text);
			while (matcher.find()) {
				words.merge(matcher.group(), 1, Integer::sum);
			}
		}
		return new EnglishSpelling(words);
	}

	/** The text with each misspelt word replaced by the knowledge base's word; a text with Chinese unchanged. */
	String correct(String text) {
		if (QuestionText.hasHan(text) || words.isEmpty()) {
			return text;
		}
		Matcher matcher = WORD.matcher(text);
		StringBuilder corrected = new StringBuilder();
		while (matcher.find()) {
			String word = matcher.group();
			boolean whole = (matcher.start() == 0 || !Character.isLetter(text.charAt(matcher.start() - 1)))
					&& (matcher.end() == text.length() || !Character.isLetter(text.charAt(matcher.end())));
			matcher.appendReplacement(corrected, Matcher.quoteReplacement(whole ? known(word) : word));
		}
		matcher.appendTail(corrected);
		return corrected.toString();
	}

	private String known(String word) {
		if (words.containsKey(word)) {
			return word;
		}
		String best = word;
		int count = 0;
		for (var candidate : words.entrySet()) {
			if (candidate.getKey().length() >= 4 && candidate.getValue() > count && oneEditApart(word, candidate.getKey())) {
				best = candidate.getKey();
				count = candidate.getValue();
			}
		}
		if (count > 0 || word.length() < LONG) {
			return best;
		}
		for (var candidate : words.entrySet()) {
			if (candidate.getKey().length() >= LONG - 1 && candidate.getValue() > count
					&& distance(word, candidate.getKey()) <= 2) {
				best = candidate.getKey();
				count = candidate.getValue();
			}
		}
		return best;
	}

	/**
	 * From how many letters a word with no neighbour one edit away is read as the knowledge base's word two edits away
	 * (investmnet → investment, insurence, principle → principal): nine. Shorter words two edits apart are too often
	 * other words (passport is not password).
	 */
	static final int LONG = 9;

	private static final String VOWELS = "aeiou";

	/** The edit distance with neighbours swapped counting one edit (optimal string alignment). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * Whether a question's word {@code a} is a word {@code b} with one letter left out, two neighbours swapped (four
	 * letters or more), one letter changed (five letters or more; a vowel for a vowel in four) or one letter too many
	 * (seven or more).
	 */
	static boolean oneEditApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
			return false;
		}
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			boolean changed = a.substring(i + 1).equals(b.substring(i + 1));
			return changed && (a.length() >= 5 || a.length() == 4 && VOWELS.indexOf(a.charAt(i)) >= 0
					&& VOWELS.indexOf(b.charAt(i)) >= 0) || a.length() >= 4 && i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
					&& a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
		}
		return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1))
				: a.length() >= 7 && a.substring(i + 1).equals(b.substring(i));
	}
}
