package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The synonym map (同义词表) administrators edit: one group of words that mean the same per line, separated by commas
 * ({@code 年费,服务费}); the first word of a group is its canonical form. Before analysis every word of a group is
 * replaced by the canonical one, in questions and entries alike, longest words first; Latin words only as whole words.
 * A word may stand in one group only.
 */
public final class SynonymMap {

	public static final SynonymMap EMPTY = new SynonymMap(Map.of(), List.of());

	private final Map<String, String> canonical;

	private final List<List<String>> groups;

	private final Pattern pattern;

	private SynonymMap(Map<String, String> canonical, List<List<String>> groups) {
		this.canonical = canonical;
		this.groups = groups;
		List<String> words = canonical.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
			.thenComparing(Comparator.naturalOrder())).toList();
		this.pattern = words.isEmpty() ? null : Pattern.compile(String.join("|", words.stream().map(SynonymMap::alternative)
			.toList()));
	}

	/**
	 * Reads the map from its lines; blank lines and lines starting with {@code #} are skipped.
	 *
	 * @throws IllegalArgumentException naming the line (from 1) of a group with fewer than two words or of a word that
	 *         stands in an earlier group
	 */
	public static SynonymMap parse(String lines) {
		Map<String, String> canonical = new LinkedHashMap<>();
		List<List<String>> groups = new ArrayList<>();
		String[] all = lines == null ? new String[0] : lines.split("\\R");
		for (int i = 0; i < all.length; i++) {
			String line = all[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			List<String> words = new ArrayList<>();
			for (String word : line.split("[,，]")) {
				String normalised = QuestionText.normalise(word);
				if (!normalised.isEmpty() && !words.contains(normalised)) {
					words.add(normalised);
				}
			}
			if (words.size() < 2) {
				throw new IllegalArgumentException("line " + (i + 1) + ": a group needs at least two words");
			}
			for (String word : words) {
				if (canonical.containsKey(word)) {
					throw new IllegalArgumentException("line " + (i + 1) + ": '" + word + "' stands in an earlier group");
				}
				canonical.put(word, words.get(0));
			}
			groups.add(List.copyOf(words));
		}
		return new SynonymMap(Map.copyOf(canonical), List.copyOf(groups));
	}

	/**
	 * Replaces every synonym in normalised text by its group's canonical word. A text without Chinese characters keeps
	 * a word whose canonical form is Chinese (app in "daily transfer limit in the app" stays app, rather than turning the
	 * English question into a Chinese one).
	 */
	public String canonicalise(String normalised) {
		if (pattern == null) {
			return normalised;
		}
		boolean chinese = QuestionText.hasHan(normalised);
		Matcher matcher = pattern.matcher(normalised);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String word = canonical.get(matcher.group());
			matcher.appendReplacement(out, Matcher.quoteReplacement(chinese || !QuestionText.hasHan(word) ? word
					: matcher.group()));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	public List<List<String>> groups() {
		return groups;
	}

	private static String alternative(String word) {
		String quoted = Pattern.quote(word);
		return word.chars().allMatch(c -> c < 0x2E80) ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])" : quoted;
	}
}
