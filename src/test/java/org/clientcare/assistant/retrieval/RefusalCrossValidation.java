package org.clientcare.assistant.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The refusal classifier ({@link RefusalClassifier}) judged by leave-one-set-out cross-validation over the tuning sets:
 * for each tuning set, a classifier is trained on the examples of all the other tuning sets and the demo knowledge
 * base's phrasings, and the set is asked of the demo index with that classifier's judgement added to the scores
 * (under the answer rule). Prints each set's precision@1 and refused share without the classifier and with it, for the
 * combination in force and for the best of a sweep of combinations ({@code LIKELY}, {@code STRONG}, {@code EXTREME})
 * that loses no set more than one on-topic question. Only the tuning sets are read, never a held-out set.
 *
 * <p>{@code RefusalCrossValidation} prints the figures; {@code RefusalCrossValidation write} writes the examples resource
 * ({@code src/main/resources/assistant/refusal-examples.tsv}) from the tuning sets.
 */
final class RefusalCrossValidation {

	/** The tuning sets, by name; the held-out sets are never among them. */
	static final List<String> TUNING_SETS = List.of("tuning", "tuning-2", "tuning-3", "tuning-4", "tuning-5",
			"tuning-6", "tuning-7", "tuning-8", "tuning-9", "tuning-10", "tuning-11", "tuning-12", "tuning-13",
			"tuning-14", "tuning-15", "tuning-16", "tuning-17", "tuning-18", "tuning-19", "tuning-20");

	private RefusalCrossValidation() {
	}

	/** A tuning question's example: refused ones labelled by kind (advice, or off-topic for the rest), others on topic. */
	static RefusalClassifier.Example example(RetrievalBenchmark.Question question) {
		RefusalClassifier.Label label = !question.offTopic() ? RefusalClassifier.Label.ON_TOPIC
				: "advice".equals(question.kind()) ? RefusalClassifier.Label.ADVICE : RefusalClassifier.Label.OFF_TOPIC;
		return new RefusalClassifier.Example(label, question.text().strip());
	}

	/** The examples resource's text: every tuning set's questions, each question once (its first label). */
	static String examplesFile() {
		StringBuilder text = new StringBuilder("""
				# The refusal classifier's labelled examples (RefusalClassifier): a label (on-topic, advice, off-topic), a tab,
				# a question. Made by RefusalCrossValidation write from the retrieval benchmark's tuning sets (never a held-out
				# set): the questions to refuse labelled by kind, the others on topic. The knowledge base's own phrasings are
				# added as on topic when the index is built.
				""");
		Set<String> seen = new LinkedHashSet<>();
		for (String set : TUNING_SETS) {
			for (RetrievalBenchmark.Question question : RetrievalBenchmark.read("assistant/benchmark-" + set + ".tsv")) {
				RefusalClassifier.Example example = example(question);
				if (seen.add(QuestionText.normalise(example.question()))) {
					text.append(example.label().name().toLowerCase(Locale.ROOT).replace('_', '-')).append('\t')
						.append(example.question()).append('\n');
				}
			}
		}
		return text.toString();
	}

	/** A question's outcome without the classifier, and the log-odds its fold's classifier gives it. */
	record Judged(RetrievalBenchmark.Outcome outcome, double logOdds) {

		RetrievalBenchmark.Outcome under(double likely, double strong, double extreme) {
			boolean refused = RefusalClassifier.refuses(logOdds, outcome.score(), likely, strong, extreme);
			return new RetrievalBenchmark.Outcome(outcome.question(), outcome.found(), outcome.evidence(),
					outcome.answered() && !refused);
		}
	}

	/** Each tuning set's questions judged by the classifier trained without that set. */
	static Map<String, List<Judged>> crossValidate() {
		KnowledgeIndex untrained = RetrievalBenchmark.Demo.indexWith(RefusalClassifier.NONE);
		Map<String, List<RetrievalBenchmark.Question>> sets = new LinkedHashMap<>();
		TUNING_SETS.forEach(set -> sets.put(set, RetrievalBenchmark.read("assistant/benchmark-" + set + ".tsv")));
		List<RefusalClassifier.Example> base = new ArrayList<>();
		RetrievalBenchmark.Demo.ENTRIES.forEach(entry -> entry.phrasings().forEach(
				p -> base.add(new RefusalClassifier.Example(RefusalClassifier.Label.ON_TOPIC, p))));
		Map<String, List<Judged>> judged = new LinkedHashMap<>();
		for (String held : TUNING_SETS) {
			List<RefusalClassifier.Example> examples = new ArrayList<>(base);
			sets.forEach((set, questions) -> {
				if (!set.equals(held)) {
					questions.forEach(q -> examples.add(example(q)));
				}
			});
			RefusalClassifier classifier = RefusalClassifier.train(examples);
			List<RetrievalBenchmark.Outcome> outcomes = RetrievalBenchmark
				.run("assistant/benchmark-" + held + ".tsv", AnswerRule.DEFAULT, untrained).outcomes();
			judged.put(held, outcomes.stream().map(o -> new Judged(o, classifier.logOdds(o.question().text()))).toList());
		}
		return judged;
	}

	static Map<String, RetrievalBenchmark.Figures> figures(Map<String, List<Judged>> judged, double likely, double strong,
			double extreme) {
		Map<String, RetrievalBenchmark.Figures> figures = new LinkedHashMap<>();
		judged.forEach((set, questions) -> figures.put(set,
				RetrievalBenchmark.Figures.of(questions.stream().map(j -> j.under(likely, strong, extreme)).toList())));
		return figures;
	}

	private static int[] totals(Map<String, RetrievalBenchmark.Figures> figures) {
		int[] t = new int[4];
		figures.values().forEach(f -> {
			t[0] += f.correctFirst();
			t[1] += f.onTopic();
			t[2] += f.refused();
			t[3] += f.offTopic();
		});
		return t;
	}

	private static void print(String title, Map<String, RetrievalBenchmark.Figures> before,
			Map<String, RetrievalBenchmark.Figures> after) {
		System.out.println(title);
		before.forEach((set, b) -> {
			var a = after.get(set);
			System.out.printf(Locale.ROOT, "  %-10s precision@1 %5.1f %% → %5.1f %% (%d → %d of %d), refused %5.1f %% → %5.1f %% (%d → %d of %d)%n",
					set, 100 * b.precisionAt1(), 100 * a.precisionAt1(), b.correctFirst(), a.correctFirst(), b.onTopic(),
					100 * b.refusedShare(), 100 * a.refusedShare(), b.refused(), a.refused(), b.offTopic());
		});
		int[] b = totals(before);
		int[] a = totals(after);
		System.out.printf(Locale.ROOT, "  all        precision@1 %5.1f %% → %5.1f %% (%d → %d of %d), refused %5.1f %% → %5.1f %% (%d → %d of %d)%n",
				100.0 * b[0] / b[1], 100.0 * a[0] / a[1], b[0], a[0], b[1], 100.0 * b[2] / b[3], 100.0 * a[2] / a[3], b[2],
				a[2], b[3]);
	}

	/** Whether no set loses more than one on-topic question to the classifier. */
	static boolean keepsPrecision(Map<String, RetrievalBenchmark.Figures> before,
			Map<String, RetrievalBenchmark.Figures> after) {
		return before.keySet().stream().allMatch(set -> after.get(set).correctFirst() >= before.get(set).correctFirst() - 1);
	}

	public static void main(String[] args) throws IOException {
		if (args.length > 0 && args[0].equals("write")) {
			Files.writeString(Path.of("src/main/resources", RefusalClassifier.DEFAULT_EXAMPLES), examplesFile(),
					StandardCharsets.UTF_8);
			return;
		}
		Map<String, List<Judged>> judged = crossValidate();
		var before = figures(judged, Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
		print(String.format(Locale.ROOT, "Leave-one-set-out, the combination in force (log-odds %.1f under a score of %.2f, %.1f at any score):",
				RefusalClassifier.LIKELY, RefusalClassifier.STRONG, RefusalClassifier.EXTREME), before,
				figures(judged, RefusalClassifier.LIKELY, RefusalClassifier.STRONG, RefusalClassifier.EXTREME));
		System.out.println("Questions the combination in force changes (+ now right, - now wrong):");
		judged.forEach((set, questions) -> questions.forEach(j -> {
			var after = j.under(RefusalClassifier.LIKELY, RefusalClassifier.STRONG, RefusalClassifier.EXTREME);
			if (after.correct() != j.outcome().correct()) {
				System.out.printf(Locale.ROOT, "  %s %-10s log-odds %5.1f score %.3f  %-22s %s%n", after.correct() ? "+" : "-",
						set, j.logOdds(), j.outcome().score(), j.outcome().question().expected(), j.outcome().question().text());
			}
		}));
		System.out.println("Sweep (combinations losing no set more than one on-topic question, most refusals first):");
		List<String> lines = new ArrayList<>();
		for (double likely = -2; likely <= 20; likely += 0.5) {
			for (double strong = 0.3; strong <= 1.01; strong += 0.05) {
				for (double extreme : new double[] { Double.POSITIVE_INFINITY, 30, 25, 20, 15, 12, 10 }) {
					if (extreme <= likely) {
						continue;
					}
					var after = figures(judged, likely, strong, extreme);
					int[] t = totals(after);
					lines.add(String.format(Locale.ROOT, "%05d %05d  log-odds %5.1f under %.2f, %5.1f at any score: precision@1 %.2f %% (%d), refused %.2f %% (%d)%s",
							t[2], t[0], likely, strong, extreme, 100.0 * t[0] / t[1], t[0], 100.0 * t[2] / t[3], t[2],
							keepsPrecision(before, after) ? "" : "  (loses precision)"));
				}
			}
		}
		lines.stream().filter(l -> !l.endsWith("(loses precision)")).sorted((x, y) -> y.compareTo(x)).limit(40)
			.forEach(l -> System.out.println("  " + l.substring(12)));
		if (args.length == 3) {
			print("Leave-one-set-out, the combination named:", before, figures(judged, Double.parseDouble(args[0]),
					Double.parseDouble(args[1]), Double.parseDouble(args[2])));
		}
	}
}
