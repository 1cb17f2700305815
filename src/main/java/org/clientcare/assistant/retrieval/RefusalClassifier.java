package org.clientcare.assistant.retrieval;

import java.util.Arrays;
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
	public static final RefusalClassifier NONE = new RefusalClassifier(Map.of(), Map.of(), new double[0], 0,
			Double.NEGATIVE_INFINITY);

	/** The features of the examples it was prepared from ({@link Prepared}) by their number. */
	private final Map<String, Integer> features;

	/** The features only the examples added to the prepared ones hold, numbered on from {@link #features}'. */
	private final Map<String, Integer> added;

	/** Per feature number: its weight towards refusing (the log-odds it adds). */
	private final double[] weights;

	private final double prior;

	private final double nothing;

	private RefusalClassifier(Map<String, Integer> features, Map<String, Integer> added, double[] weights, double prior,
			double nothing) {
		this.features = features;
		this.added = added;
		this.weights = weights;
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
		return prepare(examples).train(List.of());
	}

	/**
	 * The examples read for training ({@link Prepared}): each question normalised and cut into its features once,
	 * however many classifiers are then trained on them with other examples.
	 */
	static Prepared prepare(Collection<Example> examples) {
		return new Prepared(examples);
	}

	/**
	 * Examples read for training: each question normalised ({@link QuestionText}) and cut into its numbered features,
	 * the features numbered in the order they first occur. Reading them is most of a training's work, so the index
	 * reads the shipped examples once and trains each knowledge base's classifier on them and on its phrasings
	 * ({@link #train(Collection)}), which gives the classifier that training on all of them at once gives.
	 */
	static final class Prepared {

		private final Map<String, Integer> features = new HashMap<>();

		private final int[][] rows;

		private final boolean[] refused;

		private Prepared(Collection<Example> examples) {
			List<Example> list = List.copyOf(examples);
			rows = new int[list.size()][];
			refused = new boolean[list.size()];
			for (int i = 0; i < list.size(); i++) {
				rows[i] = numbered(features(QuestionText.normalise(list.get(i).question())), features, Map.of());
				refused[i] = list.get(i).label().refused();
			}
		}

		/**
		 * The classifier trained on these examples followed by more: each of the more read here, the prepared ones as
		 * read; the same classifier as {@link RefusalClassifier#train} of all of them in that order.
		 */
		RefusalClassifier train(Collection<Example> more) {
			List<Example> list = List.copyOf(more);
			Map<String, Integer> added = new HashMap<>();
			int[][] all = Arrays.copyOf(rows, rows.length + list.size());
			boolean[] labels = Arrays.copyOf(refused, refused.length + list.size());
			for (int i = 0; i < list.size(); i++) {
				all[rows.length + i] = numbered(features(QuestionText.normalise(list.get(i).question())), added,
						features);
				labels[rows.length + i] = list.get(i).label().refused();
			}
			return RefusalClassifier.train(features, added, all, labels);
		}

		/**
		 * The numbers of a question's features, a feature that neither map holds numbered on in {@code into} (after
		 * those of {@code before}).
		 */
		private static int[] numbered(Set<String> question, Map<String, Integer> into, Map<String, Integer> before) {
			int[] row = new int[question.size()];
			int i = 0;
			for (String feature : question) {
				Integer number = before.get(feature);
				if (number == null) {
					number = into.get(feature);
					if (number == null) {
						number = before.size() + into.size();
						into.put(feature, number);
					}
				}
				row[i++] = number;
			}
			return row;
		}
	}

	/** Logistic regression by AdaGrad over the rows of feature numbers, in a fixed order of the rows. */
	private static RefusalClassifier train(Map<String, Integer> features, Map<String, Integer> added, int[][] rows,
			boolean[] refused) {
		int[] sides = new int[2];
		for (boolean r : refused) {
			sides[r ? 1 : 0]++;
		}
		if (sides[0] == 0 || sides[1] == 0) {
			return NONE;
		}
		double[] weights = new double[features.size() + added.size()];
		double[] squares = new double[weights.length];
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
		return new RefusalClassifier(features, added, weights, bias, 0);
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
		if (weights.length == 0) {
			return nothing;
		}
		double odds = prior;
		for (String feature : features(normalised)) {
			Integer number = features.get(feature);
			if (number == null) {
				number = added.get(feature);
			}
			odds += number == null ? 0.0 : weights[number];
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
