package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calibrates the confidence threshold on the tuning sets only: for each threshold from 0.20 to 0.60 it prints, over
 * the tuning sets together, precision@1, the answered share, precision among answered questions and the refused share
 * of off-topic questions. {@code RetrievalCalibration [set ...]} (default: tuning tuning-2 tuning-3 tuning-4).
 */
final class RetrievalCalibration {

	public static void main(String[] args) {
		List<String> sets = args.length > 0 ? List.of(args) : List.of("tuning", "tuning-2", "tuning-3", "tuning-4");
		List<RetrievalBenchmark.Outcome> outcomes = new ArrayList<>();
		for (String set : sets) {
			outcomes.addAll(RetrievalBenchmark.run("assistant/benchmark-" + set + ".tsv", 0).outcomes());
		}
		for (int step = 20; step <= 60; step += 2) {
			double threshold = step / 100.0;
			int onTopic = 0;
			int right = 0;
			int answered = 0;
			int offTopic = 0;
			int refused = 0;
			for (RetrievalBenchmark.Outcome o : outcomes) {
				var at = new RetrievalBenchmark.Outcome(o.question(), o.found(), o.score(), o.score() >= threshold);
				if (o.question().offTopic()) {
					offTopic++;
					refused += at.correct() ? 1 : 0;
				}
				else {
					onTopic++;
					right += at.correct() ? 1 : 0;
					answered += at.answered() ? 1 : 0;
				}
			}
			System.out.printf(Locale.ROOT, "%.2f  precision@1 %5.1f %%  answered %5.1f %%  right when answered %5.1f %%"
					+ "  refused %5.1f %%%n", threshold, 100.0 * right / onTopic, 100.0 * answered / onTopic,
					100.0 * right / Math.max(1, answered), 100.0 * refused / offTopic);
		}
	}
}
