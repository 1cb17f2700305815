package org.clientcare.assistant.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small trained classifier that tells a question the assistant must not answer (a financial-advice trap, an
 * off-topic question) from one about the bank's business, one more signal beside the wording rules of
 * {@link AdviceGuard} and {@link NotHandled}: those catch the wordings someone wrote down, the classifier the wordings
 * that resemble them. Logistic regression over the presence of the question's character 1- to 3-grams (normalised by
 * {@link QuestionText}, digits read as one digit, the text's start and end marked) and of its Latin words, trained by
 * AdaGrad in a fixed order of the examples: in memory, in a fraction of a second and always to the same model, from
 * labelled examples ({@link #DEFAULT_EXAMPLES}: the
 * benchmark's tuning questions, those to refuse labelled by kind) and from the knowledge base's own phrasings, all
 * on topic. Its answer is the log-odds that a question is to be refused; {@link KnowledgeIndex} refuses on it only when
 * the best entry's score is not strong ({@link #LIKELY}, {@link #STRONG}, {@link #EXTREME}).
 */
public final class RefusalClassifier {

	/** The labelled examples shipped with the application: a label ({@code on-topic}, {@code advice}, {@code off-topic}), a tab, the question. */
	public static final String DEFAULT_EXAMPLES = "assistant/refusal-examples.tsv";

	/**
	 * The log-odds from which the classifier's judgement counts, when the best entry scores under {@link #STRONG}.
	 * Chosen by leave-one-set-out cross-validation over the tuning sets ({@code RefusalCrossValidation}).
	 */
	static final double LIKELY = 2.0;

	/** The best entry's score from which a question is answered whatever the classifier says, short of {@link #EXTREME}. */
	static final double STRONG = 0.75;

	/** The log-odds from which the classifier refuses even a question whose best entry scores {@link #STRONG}. */
	static final double EXTREME = Double.POSITIVE_INFINITY;

	/** Passes over the examples in training. */
	static final int EPOCHS = 15;

	/** The learning rate of AdaGrad (each feature's step shrinks with the square root of its gradients so far). */
	static final double RATE = 0.2;

	/** The L2 penalty on each weight, keeping a rare n-gram from deciding alone. */
	static final double L2 = 0.00001;

	/** A label of the examples. */
	public enum Label {
		ON_TOPIC, ADVICE, OFF_TOPIC;

		boolean refused() {
			return this != ON_TOPIC;
		}

		static Label parse(String label) {
			return switch (label) {
				case "on-topic" -> ON_TOPIC;
				case "advice" -> ADVICE;
				case "off-topic" -> OFF_TOPIC;
				default -> throw new IllegalArgumentException("Unknown label: " + label);
			};
		}
	}

	/** A labelled question to train on. */
	public record Example(Label label, String question) {
	}

	/** A classifier that has learnt nothing: every question's log-odds is minus infinity, nothing is refused on it. */
	public static final RefusalClassifier NONE = new RefusalClassifier(Map.of(), 0, Double.NEGATIVE_INFINITY);

	/** Per feature: its weight towards refusing (the log-odds it adds). */
	private final Map<String, Double> ratios;

	private final double prior;

	private final double nothing;

	private RefusalClassifier(Map<String, Double> ratios, double prior, double nothing) {
		this.ratios = ratios;
		this.prior = prior;
		this.nothing = nothing;
	}

	/** Reads examples, one a line ({@code label<TAB>question}); blank lines and lines starting with # are skipped. */
	public static List<Example> read(String text) {
		return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", 2))
			.map(f -> new Example(Label.parse(f[0].strip()), f[1].strip())).toList();
	}

	/** Trains on the examples; the same examples always give the same classifier. */
	public static RefusalClassifier train(Collection<Example> examples) {
		List<Example> list = List.copyOf(examples);
		List<String[]> featureLists = new java.util.ArrayList<>();
		Map<String, Integer> index = new HashMap<>();
		boolean[] refused = new boolean[list.size()];
		int[] sides = new int[2];
		for (int i = 0; i < list.size(); i++) {
			Set<String> features = features(QuestionText.normalise(list.get(i).question()));
			features.forEach(f -> index.putIfAbsent(f, index.size()));
			featureLists.add(features.toArray(String[]::new));
			refused[i] = list.get(i).label().refused();
			sides[refused[i] ? 1 : 0]++;
		}
		if (sides[0] == 0 || sides[1] == 0) {
			return NONE;
		}
		int[][] rows = new int[list.size()][];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = java.util.Arrays.stream(featureLists.get(i)).mapToInt(index::get).toArray();
		}
		double[] weights = new double[index.size()];
		double[] squares = new double[index.size()];
		double bias = 0;
		double biasSquares = 0;
		// the same order every time, interleaved so that no epoch ends on one label's examples
		int[] order = new int[rows.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = (int) ((long) i * 7919 % order.length);
		}
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			for (int i : order) {
				double z = bias;
				for (int f : rows[i]) {
					z += weights[f];
				}
				double gradient = 1 / (1 + Math.exp(-z)) - (refused[i] ? 1 : 0);
				for (int f : rows[i]) {
					double g = gradient + L2 * weights[f];
					squares[f] += g * g;
					weights[f] -= RATE * g / Math.sqrt(squares[f] + 1e-8);
				}
				biasSquares += gradient * gradient;
				bias -= RATE * gradient / Math.sqrt(biasSquares + 1e-8);
			}
		}
		Map<String, Double> ratios = new HashMap<>();
		index.forEach((feature, i) -> ratios.put(feature, weights[i]));
		return new RefusalClassifier(ratios, bias, 0);
	}

	/**
	 * The log-odds that a question (as typed) is one to refuse: above 0 the classifier leans to refusing; features never
	 * seen in training count for nothing.
	 */
	public double logOdds(String question) {
		return logOddsOfNormalised(QuestionText.normalise(question));
	}

	/** {@link #logOdds} of a question already normalised by {@link QuestionText#normalise}. */
	double logOddsOfNormalised(String normalised) {
		if (ratios.isEmpty()) {
			return nothing;
		}
		double odds = prior;
		for (String feature : features(normalised)) {
			odds += ratios.getOrDefault(feature, 0.0);
		}
		return odds;
	}

	/**
	 * Whether a question whose best entry scores {@code top} is refused on the classifier's judgement: its log-odds
	 * reach {@link #LIKELY} and the score stays under {@link #STRONG}, or the log-odds reach {@link #EXTREME}.
	 */
	public boolean refuses(String question, double top) {
		return refuses(logOdds(question), top, LIKELY, STRONG, EXTREME);
	}

	/** {@link #refuses(String, double)} for a question already normalised by {@link QuestionText#normalise}. */
	boolean refusesNormalised(String normalised, double top) {
		return refuses(logOddsOfNormalised(normalised), top, LIKELY, STRONG, EXTREME);
	}

	static boolean refuses(double logOdds, double top, double likely, double strong, double extreme) {
		return logOdds >= extreme || logOdds >= likely && top < strong;
	}

	/** The features of a normalised question: its character 1- to 3-grams, present or not, and its Latin words. */
	static Set<String> features(String normalised) {
		String text = "^" + normalised.replaceAll("[0-9]+", "0").replaceAll("[\\p{Punct}，。！？、；：“”‘’（）《》…～]+", " ")
			.replaceAll("\\s+", " ").strip() + "$";
		Set<String> features = new LinkedHashSet<>();
		int[] points = text.codePoints().toArray();
		for (int n = 1; n <= 3; n++) {
			for (int i = 0; i + n <= points.length; i++) {
				features.add(new String(points, i, n));
			}
		}
		for (String word : normalised.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (word.length() > 1) {
				features.add("w:" + word);
			}
		}
		return features;
	}
}
