package org.clientcare.assistant.retrieval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The index's words by their pinyin, for questions typed wholly or partly in pinyin (yinhangka diule zenme guashi,
 * 手机上能开dianzi zhanghu吗). Every word of the knowledge base's Chinese phrasings (the knowledge base's own words
 * kept whole, the rest segmented by smartcn, particles included) is spelt in toneless pinyin with every reading of each of its characters (pinyin4j:
 * 银行 is yinhang and yinxing, 还款 huankuan and haikuan). A stretch of a question's Latin letters that reads wholly as
 * pinyin syllables — tone marks or tone numbers, spaces and apostrophes optional, syllables run together or not —
 * is split into the index's words by their spellings, the fewest pieces first, and written in their characters; the
 * question is then matched like one typed in Chinese. A spelling several words share is read as the word most
 * phrasings hold (吗, 怎么 and the other particles are counted like any word). A stretch with a letter group that is not pinyin (an English word:
 * "card", "my", "how") is left alone, so an English question still meets the English entries.
 */
final class PinyinReading {

	static final PinyinReading EMPTY = new PinyinReading(Map.of());

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
	}

	/** Every toneless syllable of Mandarin (ü written u), from pinyin4j's readings of the common CJK characters. */
	private static final Set<String> SYLLABLES = syllables();

	private static final int LONGEST_SYLLABLE = 6;

	/** The longest run of characters read from one stretch of pinyin as a piece. */
	static final int LONGEST_RUN = 4;

	/** A stretch of Latin words, with the spaces and apostrophes between them. */
	private static final Pattern LATIN = Pattern.compile("[a-z0-9'’]+(?:[ '’]+[a-z0-9'’]+)*");

	/** Spelling (syllables written together) → the word read for it. */
	private final Map<String, String> words;

	private final int longest;

	private PinyinReading(Map<String, String> words) {
		this.words = words;
		this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	/**
	 * The reading of the knowledge base's Chinese texts: every run of one to {@link #LONGEST_RUN} neighbouring Chinese
	 * characters they hold, each counted once per text that holds it.
	 */
	static PinyinReading of(Collection<String> texts) {
		Map<String, Integer> runs = new HashMap<>();
		for (String text : texts) {
			Set<String> held = new HashSet<>();
			for (int i = 0; i < text.length(); i++) {
				for (int end = i + 1; end <= Math.min(text.length(), i + LONGEST_RUN); end++) {
					String run = text.substring(i, end);
					if (!run.codePoints().allMatch(PinyinReading::han)) {
						break;
					}
					held.add(run);
				}
			}
			held.forEach(run -> runs.merge(run, 1, Integer::sum));
		}
		Map<String, String> words = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		runs.forEach((run, count) -> {
			for (String spelling : spellings(run)) {
				Integer known = counts.get(spelling);
				if (known == null || known < count || known.equals(count) && run.compareTo(words.get(spelling)) < 0) {
					words.put(spelling, run);
					counts.put(spelling, count);
				}
			}
		});
		return new PinyinReading(words);
	}

	/**
	 * The text with each stretch of Latin letters that reads wholly as pinyin written in the index's characters; a
	 * syllable no word of the index is spelt with is left in Latin letters.
	 */
	String read(String text) {
		if (words.isEmpty()) {
			return text;
		}
		// tone marks off Latin letters (yínháng → yinhang; ü → u)
		text = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("(?<=[a-z])\\p{M}+", ""),
				Normalizer.Form.NFC);
		Matcher latin = LATIN.matcher(text);
		StringBuilder out = new StringBuilder();
		int copied = 0;
		while (latin.find()) {
			String reading = readStretch(latin.group());
			if (reading != null) {
				out.append(text, copied, latin.start()).append(reading);
				copied = latin.end();
			}
		}
		return out.append(text.substring(copied)).toString();
	}

	/** A stretch's letters in characters, or null when one of its words is not pinyin. */
	private String readStretch(String stretch) {
		String letters = stretch.replaceAll("([a-z])[1-5]", "$1").replace('v', 'u');
		if (letters.matches(".*[0-9].*")) {
			return null;
		}
		for (String word : letters.split("[ '’]+")) {
			if (!word.isEmpty() && syllablesOf(word) == null) {
				return null;
			}
		}
		String joined = letters.replaceAll("[ '’]+", "");
		// fewest pieces: a piece is a word of the index (its spelling) or a syllable no word holds
		int n = joined.length();
		int[] cost = new int[n + 1];
		int[] from = new int[n + 1];
		boolean[] known = new boolean[n + 1];
		java.util.Arrays.fill(cost, Integer.MAX_VALUE);
		cost[0] = 0;
		for (int i = 0; i < n; i++) {
			if (cost[i] == Integer.MAX_VALUE) {
				continue;
			}
			for (int end = i + 1; end <= Math.min(n, i + Math.max(longest, LONGEST_SYLLABLE)); end++) {
				String piece = joined.substring(i, end);
				boolean word = words.containsKey(piece);
				if (!word && !SYLLABLES.contains(piece)) {
					continue;
				}
				int c = cost[i] + (word ? 2 : 5);
				if (c < cost[end]) {
					cost[end] = c;
					from[end] = i;
					known[end] = word;
				}
			}
		}
		if (cost[n] == Integer.MAX_VALUE) {
			return null;
		}
		List<String> pieces = new ArrayList<>();
		for (int end = n; end > 0; end = from[end]) {
			String piece = joined.substring(from[end], end);
			pieces.add(0, known[end] ? words.get(piece) : " " + piece + " ");
		}
		return String.join("", pieces);
	}

	/** The syllables a run of letters splits into, longest first with backtracking, or null when it does not. */
	static List<String> syllablesOf(String letters) {
		if (letters.isEmpty()) {
			return List.of();
		}
		for (int length = Math.min(LONGEST_SYLLABLE, letters.length()); length >= 1; length--) {
			String head = letters.substring(0, length);
			if (SYLLABLES.contains(head)) {
				List<String> rest = syllablesOf(letters.substring(length));
				if (rest != null) {
					List<String> all = new ArrayList<>();
					all.add(head);
					all.addAll(rest);
					return all;
				}
			}
		}
		return null;
	}

	/** Every toneless spelling of a word, its syllables written together (at most 16 combinations of readings). */
	static Set<String> spellings(String word) {
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add("");
		for (int i = 0; i < word.length(); i++) {
			Set<String> readings = readings(word.charAt(i));
			if (readings.isEmpty()) {
				return Set.of();
			}
			Set<String> next = new LinkedHashSet<>();
			for (String head : spellings) {
				for (String reading : readings) {
					if (next.size() < 16) {
						next.add(head + reading);
					}
				}
			}
			spellings = next;
		}
		return spellings;
	}

	/** Every toneless reading of a character (pinyin4j; ü written u), none for a character it does not know. */
	static Set<String> readings(char c) {
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			Set<String> out = new LinkedHashSet<>();
			if (readings != null) {
				for (String reading : readings) {
					out.add(reading.replace('v', 'u').replace("u:", "u"));
				}
			}
			return out;
		}
		catch (BadHanyuPinyinOutputFormatCombination e) {
			throw new IllegalStateException(e);
		}
	}

	private static Set<String> syllables() {
		Set<String> syllables = new java.util.HashSet<>();
		for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
			syllables.addAll(readings(c));
		}
		// interjections without a vowel (呣 m, 嗯 n, ng, hm) would make English letter groups read as pinyin
		syllables.removeIf(s -> !s.matches("[a-z]*[aeiou][a-z]*"));
		return Set.copyOf(syllables);
	}

	private static boolean han(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}
}
