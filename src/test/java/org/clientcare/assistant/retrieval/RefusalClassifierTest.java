package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RefusalClassifierTest {

	static final List<RefusalClassifier.Example> SHIPPED = RefusalClassifier
		.read(KnowledgeBaseFile.text(RefusalClassifier.DEFAULT_EXAMPLES));

	/** The shipped examples read for training once for the class's classifiers. */
	static final RefusalClassifier.Prepared PREPARED = RefusalClassifier.prepare(SHIPPED);

	static final RefusalClassifier CLASSIFIER = PREPARED.train(List.of());

	static final Set<String> SHIPPED_QUESTIONS = SHIPPED.stream().map(e -> QuestionText.normalise(e.question()))
		.collect(Collectors.toSet());

	static boolean inExamples(String question) {
		return SHIPPED_QUESTIONS.contains(QuestionText.normalise(question));
	}

	@Test
	void anAdviceQuestionItNeverSawIsScoredAsOneToRefuse() {
		for (String question : List.of("你觉得这只基金下周还会涨吗，要不要加仓", "Which stock should I buy this week?",
				"帮我选一个收益最高的理财，保证不亏的那种")) {
			assertThat(inExamples(question)).as(question).isFalse();
			assertThat(CLASSIFIER.logOdds(question)).as(question).isGreaterThanOrEqualTo(RefusalClassifier.LIKELY);
		}
	}

	@Test
	void aPlainFeeOrCardQuestionIsNot() {
		for (String question : List.of("信用卡年费是多少钱一年", "借记卡挂失要收手续费吗", "How much is the annual fee of my card?")) {
			assertThat(CLASSIFIER.logOdds(question)).as(question).isLessThan(RefusalClassifier.LIKELY);
		}
	}

	@Test
	void theSameExamplesAlwaysTrainTheSameClassifierWhetherTheShippedOnesWereReadBeforehandOrNot() {
		var phrasing = new RefusalClassifier.Example(RefusalClassifier.Label.ON_TOPIC, "纪念币在哪里预约兑换？");
		List<RefusalClassifier.Example> all = new ArrayList<>(SHIPPED);
		all.add(phrasing);

		var atOnce = RefusalClassifier.train(all);
		var shippedFirst = PREPARED.train(List.of(phrasing));

		for (String question : List.of("定期利率明年会涨吗", "附近哪家火锅好吃", "信用卡怎么还款", "纪念币怎么预约")) {
			assertThat(shippedFirst.logOdds(question)).isEqualTo(atOnce.logOdds(question));
		}
		assertThat(shippedFirst.logOdds("纪念币怎么预约")).isNotEqualTo(CLASSIFIER.logOdds("纪念币怎么预约"));
	}

	@Test
	void examplesOfOneSideAloneTeachNothingAndRefuseNothing() {
		var onTopicOnly = RefusalClassifier.train(List.of(
				new RefusalClassifier.Example(RefusalClassifier.Label.ON_TOPIC, "信用卡怎么还款")));

		assertThat(onTopicOnly.refuses("哪只股票明天涨停", 0.1)).isFalse();
		assertThat(RefusalClassifier.NONE.refuses("哪只股票明天涨停", 0.1)).isFalse();
	}

	@Test
	void theShippedExamplesAreTheTuningSetsQuestionsLabelledByKindAndNoHeldOutSet() {
		assertThat(KnowledgeBaseFile.text(RefusalClassifier.DEFAULT_EXAMPLES))
			.isEqualTo(RefusalCrossValidation.examplesFile());
		assertThat(RefusalCrossValidation.TUNING_SETS).allMatch(set -> set.startsWith("tuning"));
	}

	@Test
	void aQuestionJudgedAdviceIsRefusedWhenItsBestEntryIsWeakButAStrongMatchIsAnswered() {
		var trained = PREPARED
			.train(List.of(new RefusalClassifier.Example(RefusalClassifier.Label.ON_TOPIC, "理财产品会亏本吗？")));
		var index = KnowledgeIndex.build(List.of(new KnowledgeIndex.Entry(1, "zh-CN", List.of("理财产品会亏本吗？")),
				new KnowledgeIndex.Entry(2, "zh-CN", List.of("信用卡年费怎么收取？"))), SynonymMap.EMPTY, NotHandled.EMPTY,
				trained);

		var weak = index.retrieve("你说这个理财产品下个月能不能多赚点，要不要全仓", 1);
		assertThat(weak.matches()).isEmpty();
		assertThat(weak.refusal()).isEqualTo(KnowledgeIndex.Refusal.ADVICE_CLASSIFIER);
		assertThat(index.retrieve("理财产品会亏本吗", 1).matches()).singleElement()
			.satisfies(match -> assertThat(match.entryId()).isEqualTo(1));
		assertThat(index.retrieve("信用卡年费怎么收取", 1).refusal()).isNull();
	}

	@Test
	void aQuestionRefusedByAWordingRuleSaysWhichRule() {
		var index = KnowledgeIndex.build(List.of(new KnowledgeIndex.Entry(1, "zh-CN", List.of("理财产品会亏本吗？"))),
				SynonymMap.EMPTY, NotHandled.parse("超市"), RefusalClassifier.NONE);

		assertThat(index.retrieve("哪个理财产品明年收益最高", 1).refusal()).isEqualTo(KnowledgeIndex.Refusal.ADVICE_RULE);
		assertThat(index.retrieve("超市几点关门", 1).refusal()).isEqualTo(KnowledgeIndex.Refusal.NOT_HANDLED);
		assertThat(index.retrieve("的了是我不在有", 1).refusal()).isEqualTo(KnowledgeIndex.Refusal.NOTHING_ASKED);
	}
}
