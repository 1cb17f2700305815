package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the {@link AnswerRule}'s numbers on the tuning sets only: for every threshold (0.30–0.70), threshold for a
 * question naming the bank's business (0.20–0.44) and margin (0–0.10) it computes, over the tuning sets together,
 * precision@1 and the refused share of the questions that must not be answered, and prints the rules that keep at
 * least 97 % refused (the target is 95 %; held-out sets have refused one to three points fewer than the tuning
 * sets) and at least 96 % on each of the last four sets named (the most recent held-out sets), best precision@1 first, then a line per threshold of the plain single-threshold rule for comparison. {@code RetrievalCalibration [set ...]} (default: tuning tuning-2 … tuning-20).
 */
final class RetrievalCalibration {

	record Point(AnswerRule rule, double precision, double refused) {
	}

	public static void main(String[] args) {
		List<String> sets = args.length > 0 ? List.of(args)
				: List.of("tuning", "tuning-2", "tuning-3", "tuning-4", "tuning-5", "tuning-6", "tuning-7",
						"tuning-8", "tuning-9", "tuning-10", "tuning-11",
						"tuning-12", "tuning-13", "tuning-14", "tuning-15", "tuning-16", "tuning-17", "tuning-18", "tuning-19", "tuning-20");
		List<RetrievalBenchmark.Outcome> outcomes = new ArrayList<>();
		List<List<RetrievalBenchmark.Outcome>> recent = new ArrayList<>();
		for (String set : sets) {
			var ofSet = RetrievalBenchmark.run("assistant/benchmark-" + set + ".tsv", AnswerRule.DEFAULT).outcomes();
			outcomes.addAll(ofSet);
			if (sets.indexOf(set) >= sets.size() - 4) {
				recent.add(ofSet);
			}
		}
		List<Point> points = new ArrayList<>();
		for (int t = 30; t <= 70; t += 2) {
			for (int s = 20; s <= Math.min(t, 44); s++) {
				for (int m = 0; m <= 10; m += 2) {
					var rule = new AnswerRule(t / 100.0, s / 100.0, m / 100.0);
					if (recent.stream().allMatch(set -> measure(set, rule).refused() >= 0.96)) {
						points.add(measure(outcomes, rule));
					}
				}
			}
		}
		points.stream().filter(p -> p.refused() >= 0.97)
			.sorted(Comparator.comparingDouble(Point::precision).reversed().thenComparing(p -> -p.refused())).limit(25)
			.forEach(p -> print("rule", p));
		for (int t = 30; t <= 60; t += 2) {
			print("one threshold", measure(outcomes, new AnswerRule(t / 100.0, t / 100.0, 0)));
		}
	}

	static Point measure(List<RetrievalBenchmark.Outcome> outcomes, AnswerRule rule) {
		int onTopic = 0;
		int right = 0;
		int offTopic = 0;
		int refused = 0;
		for (RetrievalBenchmark.Outcome o : outcomes) {
			var at = o.under(rule);
			if (o.question().offTopic()) {
				offTopic++;
				refused += at.correct() ? 1 : 0;
			}
			else {
				onTopic++;
				right += at.correct() ? 1 : 0;
			}
		}
		return new Point(rule, (double) right / onTopic, (double) refused / offTopic);
	}

	private static void print(String label, Point p) {
		System.out.printf(Locale.ROOT, "%-13s threshold %.2f  naming the bank %.2f  margin %.2f   precision@1 %5.1f %%"
				+ "  refused %5.1f %%%n", label, p.rule().threshold(), p.rule().subjectThreshold(), p.rule().margin(),
				100 * p.precision(), 100 * p.refused());
	}
}
