package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.assistant.AssistantSettings;

/**
 * The retrieval benchmark: the demo knowledge base indexed as the application indexes it (default synonym map), and
 * a set of questions with the entry each expects ({@code -}: off-topic, must be refused). Precision@1 is the share of
 * on-topic questions whose answer (score at or above the threshold) is the expected entry; refused is the share of
 * off-topic questions that get no answer.
 */
final class RetrievalBenchmark {

	record Question(String expected, String kind, String text) {
	}

	record Outcome(Question question, String found, double score, boolean answered) {

		boolean correct() {
			return question.expected().equals("-") ? !answered : answered && question.expected().equals(found);
		}
	}

	record Figures(int onTopic, int correctFirst, int offTopic, int refused, List<Outcome> outcomes) {

		double precisionAt1() {
			return (double) correctFirst / onTopic;
		}

		double refusedShare() {
			return (double) refused / offTopic;
		}

		String report(String set, double threshold) {
			return String.format(Locale.ROOT,
					"%s set, threshold %.2f: precision@1 %.1f %% (%d of %d), off-topic refused %.1f %% (%d of %d)", set,
					threshold, 100 * precisionAt1(), correctFirst, onTopic, 100 * refusedShare(), refused, offTopic);
		}
	}

	static Figures run(String questions, double threshold) {
		List<KnowledgeBaseFile.Line> base = KnowledgeBaseFile.read(KnowledgeBaseFile.DEMO);
		Map<Long, String> keys = new HashMap<>();
		List<KnowledgeIndex.Entry> entries = new ArrayList<>();
		for (int i = 0; i < base.size(); i++) {
			keys.put((long) i + 1, base.get(i).key());
			entries.add(new KnowledgeIndex.Entry(i + 1, base.get(i).language(), base.get(i).phrasings(),
					base.get(i).keywords()));
		}
		KnowledgeIndex index = KnowledgeIndex.build(entries,
				SynonymMap.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_SYNONYMS)));
		int onTopic = 0;
		int correctFirst = 0;
		int offTopic = 0;
		int refused = 0;
		List<Outcome> outcomes = new ArrayList<>();
		for (Question question : read(questions)) {
			List<KnowledgeIndex.Match> matches = index.search(question.text(), 1);
			String found = matches.isEmpty() ? null : keys.get(matches.get(0).entryId());
			double score = matches.isEmpty() ? 0 : matches.get(0).score();
			Outcome outcome = new Outcome(question, found, score, score >= threshold);
			outcomes.add(outcome);
			if (question.expected().equals("-")) {
				offTopic++;
				refused += outcome.correct() ? 1 : 0;
			}
			else {
				onTopic++;
				correctFirst += outcome.correct() ? 1 : 0;
			}
		}
		return new Figures(onTopic, correctFirst, offTopic, refused, outcomes);
	}

	static List<Question> read(String resource) {
		return KnowledgeBaseFile.text(resource).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", 3)).map(f -> new Question(f[0], f[1], f[2])).toList();
	}

	/** Prints the figures of a set, and each question it got wrong: {@code RetrievalBenchmark [tuning|test] [threshold]}. */
	public static void main(String[] args) {
		String set = args.length > 0 ? args[0] : "test";
		double threshold = args.length > 1 ? Double.parseDouble(args[1]) : AssistantSettings.DEFAULT_THRESHOLD;
		Figures figures = run("assistant/benchmark-" + set + ".tsv", threshold);
		System.out.println(figures.report(set, threshold));
		for (Outcome o : figures.outcomes()) {
			if (!o.correct()) {
				System.out.printf(Locale.ROOT, "  wrong: %-22s %-11s %.3f %-22s %s%n", o.question().expected(),
						o.question().kind(), o.score(), o.found(), o.question().text());
			}
		}
	}
}
