package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * The retrieval benchmark: the demo knowledge base indexed as the application indexes it (default synonym map), and
 * a set of questions with the entry each expects, each answered or refused by an {@link AnswerRule}. {@code -} marks a question that must be refused; {@code -|key}
 * one that must be refused or answered with the named entry (whose answer itself declines, e.g. "no return is
 * guaranteed"). Precision@1 is the share of on-topic questions whose answer (the best entry, when the rule answers) is
 * the expected entry; refused is the share of the other questions that get no answer (or the named safe entry).
 */
final class RetrievalBenchmark {

	record Question(String expected, String kind, String text) {

		boolean offTopic() {
			return expected.startsWith("-");
		}

		boolean safe(String found) {
			return Arrays.asList(expected.split("\\|")).subList(1, expected.split("\\|").length).contains(found);
		}
	}

	record Outcome(Question question, String found, KnowledgeIndex.Evidence evidence, boolean answered) {

		double score() {
			return evidence.top();
		}

		Outcome under(AnswerRule rule) {
			return new Outcome(question, found, evidence, found != null && rule.answers(evidence));
		}


		boolean correct() {
			return question.offTopic() ? !answered || question.safe(found)
					: answered && question.expected().equals(found);
		}
	}

	record Figures(int onTopic, int correctFirst, int answered, int offTopic, int refused, int refusedStrictly,
			List<Outcome> outcomes) {

		/** The figures of outcomes. */
		static Figures of(List<Outcome> outcomes) {
			int onTopic = 0;
			int correctFirst = 0;
			int answered = 0;
			int offTopic = 0;
			int refused = 0;
			int refusedStrictly = 0;
			for (Outcome outcome : outcomes) {
				if (outcome.question().offTopic()) {
					offTopic++;
					refused += outcome.correct() ? 1 : 0;
					refusedStrictly += outcome.answered() ? 0 : 1;
				}
				else {
					onTopic++;
					correctFirst += outcome.correct() ? 1 : 0;
					answered += outcome.answered() ? 1 : 0;
				}
			}
			return new Figures(onTopic, correctFirst, answered, offTopic, refused, refusedStrictly, outcomes);
		}

		double precisionAt1() {
			return (double) correctFirst / onTopic;
		}

		/** Share of on-topic questions that get an answer at all. */
		double answeredShare() {
			return (double) answered / onTopic;
		}

		/** Share of the answered on-topic questions whose answer is the right entry. */
		double precisionAmongAnswered() {
			return answered == 0 ? 0 : (double) correctFirst / answered;
		}

		double refusedShare() {
			return (double) refused / offTopic;
		}

		String report(String set, AnswerRule rule) {
			return String.format(Locale.ROOT,
					"%s set, threshold %.2f (%.2f naming the bank's business, margin %.2f): precision@1 %.1f %% (%d of %d), answered %.1f %% (%d), right when answered"
							+ " %.1f %%, off-topic refused %.1f %% (%d of %d; %d refused outright, %d given the safe"
							+ " entry)",
					set, rule.threshold(), rule.subjectThreshold(), rule.margin(), 100 * precisionAt1(), correctFirst, onTopic, 100 * answeredShare(), answered,
					100 * precisionAmongAnswered(), 100 * refusedShare(), refused, offTopic, refusedStrictly,
					refused - refusedStrictly);
		}
	}

	/**
	 * The demo knowledge base indexed once per JVM, as the application indexes it, and each entry's key by id: every
	 * set is asked of the same index.
	 */
	static final class Demo {

		static final Map<Long, String> KEYS = new HashMap<>();

		static final List<KnowledgeIndex.Entry> ENTRIES = new ArrayList<>();

		static final KnowledgeIndex INDEX;

		/**
		 * Each question's retrieval, by its text: a question that several sets hold (a held-out set's questions kept
		 * in the next tuning sets) is asked of the index once; it answers the same for the same text.
		 */
		static final Map<String, KnowledgeIndex.Retrieval> ASKED = new ConcurrentHashMap<>();

		static KnowledgeIndex.Retrieval ask(String question) {
			KnowledgeIndex.Retrieval retrieval = ASKED.get(question);
			if (retrieval == null) {
				retrieval = INDEX.retrieve(question, 1);
				ASKED.putIfAbsent(question, retrieval);
			}
			return retrieval;
		}

		static {
			List<KnowledgeBaseFile.Line> base = KnowledgeBaseFile.read(KnowledgeBaseFile.DEMO);
			for (int i = 0; i < base.size(); i++) {
				KEYS.put((long) i + 1, base.get(i).key());
				ENTRIES.add(new KnowledgeIndex.Entry(i + 1, base.get(i).language(), base.get(i).phrasings(),
						base.get(i).keywords(), base.get(i).englishAnswer()));
			}
			INDEX = KnowledgeIndex.build(ENTRIES,
					SynonymMap.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_SYNONYMS)),
					NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED)));
		}

		/** The demo knowledge base indexed with another refusal classifier (none: the scores alone). */
		static KnowledgeIndex indexWith(RefusalClassifier refusals) {
			return KnowledgeIndex.build(ENTRIES,
					SynonymMap.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_SYNONYMS)),
					NotHandled.parse(KnowledgeBaseFile.text(KnowledgeBaseFile.DEFAULT_NOT_HANDLED)), refusals);
		}
	}

	static Figures run(String questions, AnswerRule rule) {
		return run(questions, rule, null);
	}

	/** The figures of a set asked of another index (null: the demo index, each question asked once per JVM). */
	static Figures run(String questions, AnswerRule rule, KnowledgeIndex index) {
		Map<Long, String> keys = Demo.KEYS;
		// The questions are asked side by side, as the application's request threads ask one index; each outcome
		// depends on its question only, and the figures are counted in the set's order.
		List<Outcome> outcomes = read(questions).parallelStream().map(question -> {
			KnowledgeIndex.Retrieval retrieval = index == null ? Demo.ask(question.text()) : index.retrieve(question.text(), 1);
			String found = retrieval.matches().isEmpty() ? null : keys.get(retrieval.matches().get(0).entryId());
			return new Outcome(question, found, retrieval.evidence(), false).under(rule);
		}).toList();
		return Figures.of(outcomes);
	}

	static List<Question> read(String resource) {
		return KnowledgeBaseFile.text(resource).lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", 3)).map(f -> new Question(f[0], f[1], f[2])).toList();
	}

	/**
	 * Prints the figures of each set named, and each question it got wrong:
	 * {@code RetrievalBenchmark [tuning|tuning-2|…|tuning-20 …] [threshold subjectThreshold margin]}.
	 */
	public static void main(String[] args) {
		List<String> sets = Arrays.stream(args).filter(a -> Character.isLetter(a.charAt(0))).toList();
		double[] numbers = Arrays.stream(args).filter(a -> !Character.isLetter(a.charAt(0)))
			.mapToDouble(Double::parseDouble).toArray();
		AnswerRule rule = numbers.length == 3 ? new AnswerRule(numbers[0], numbers[1], numbers[2]) : AnswerRule.DEFAULT;
		for (String set : sets.isEmpty() ? List.of("tuning-20") : sets) {
			Figures figures = run("assistant/benchmark-" + set + ".tsv", rule);
			System.out.println(figures.report(set, rule));
			for (Outcome o : figures.outcomes()) {
				if (!o.correct()) {
					System.out.printf(Locale.ROOT, "  wrong: %-22s %-11s %.3f %.3f %-7s %-22s %s%n",
							o.question().expected(), o.question().kind(), o.score(), o.evidence().second(),
							o.evidence().domain() ? "subject" : "-", o.found(), o.question().text());
				}
			}
		}
	}
}
