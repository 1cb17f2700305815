package org.clientcare.assistant.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A knowledge base as a file (the demo's, {@code assistant/demo-knowledge-base.tsv}): one entry per line, tab
 * separated — key, language, category, question, alternatives separated by {@code |}, keywords separated by spaces,
 * answer, and optionally the answer in English of a Chinese entry. Lines starting with {@code #} are comments.
 */
public final class KnowledgeBaseFile {

	public static final String DEMO = "assistant/demo-knowledge-base.tsv";

	public static final String DEFAULT_SYNONYMS = "assistant/default-synonyms.txt";

	/** The list of things the bank does not handle that applies until administrators change it ({@link NotHandled}). */
	public static final String DEFAULT_NOT_HANDLED = "assistant/default-not-handled.txt";

	private KnowledgeBaseFile() {
	}

	/** One entry of the file. */
	public record Line(String key, String language, String category, String question, List<String> alternatives,
			List<String> keywords, String answer, String englishAnswer) {

		/** The texts the index matches questions against: the question, the alternatives, the keywords together. */
		public List<String> phrasings() {
			List<String> phrasings = new ArrayList<>();
			phrasings.add(question);
			phrasings.addAll(alternatives);
			if (!keywords.isEmpty()) {
				phrasings.add(String.join(" ", keywords));
			}
			return phrasings;
		}
	}

	public static List<Line> read(String resource) {
		List<Line> lines = new ArrayList<>();
		try (InputStream in = resource(resource);
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				if (f.length != 7 && f.length != 8) {
					throw new IllegalArgumentException(resource + ": not 7 or 8 columns: " + line);
				}
				lines.add(new Line(f[0], f[1], f[2], f[3], split(f[4], "\\|"), split(f[5], " "), f[6],
						f.length == 8 && !f[7].isBlank() ? f[7].strip() : null));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}

	/** A text resource of the class path, whole. */
	public static String text(String resource) {
		try (InputStream in = resource(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream resource(String resource) {
		InputStream in = KnowledgeBaseFile.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalArgumentException("No resource " + resource);
		}
		return in;
	}

	private static List<String> split(String value, String separator) {
		return value.isBlank() ? List.of()
				: Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
