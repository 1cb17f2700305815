package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retrieval benchmark's figures as recorded in docs/benchmarks.md, kept from getting worse. Every set is asked of
 * one index of the demo knowledge base, built once per JVM ({@link RetrievalBenchmark}); a set is one row: its name,
 * the least number of questions it holds on and off topic, and its floors of precision@1 and of the refused share.
 * Tuning set 1 keeps the targets; tuning sets 3 to 20 are former held-out sets. Tuning set 20, the twenty-first round's held-out set,
 * measured 94.4 % / 95.9 % in its one run before it was read; tuning set 19, the twentieth round's held-out set,
 * measured 89.9 % / 91.1 % in its one run before it was read; tuning set 18, the nineteenth round's held-out set,
 * measured 92.6 % / 94.7 % in its one run before it was read; tuning set 17, the eighteenth round's held-out set,
 * measured 88.3 % / 97.3 % in its one run before it was read; tuning set 16, the seventeenth round's
 * held-out set, 92.6 % / 93.0 %; tuning set 15, the sixteenth round's,
 * 89.1 % / 89.4 %; tuning set 14, the fifteenth round's,
 * 87.9 % / 90.6 %; tuning set 13, the fourteenth round's,
 * 89.4 % / 95.9 %; tuning set 12, the thirteenth round's,
 * 82.7 % / 92.9 %; tuning set 11, the twelfth round's, 82.2 % / 96.4 %; tuning set 10, the eleventh round's,
 * 81.3 % / 99.0 %; tuning set 9, the tenth round's, 77.1 % / 94.7 %. The floors are the figures after the twenty-second
 * round, under the answer rule (a set's figures after the round its misses were read in are flattered, the held-out
 * set is the measure; the refusal floors of 100 % are flattered likewise, the more so since the twenty-first round:
 * the refusal classifier is trained on every tuning set, its honest figures are RefusalCrossValidation's).
 */
class RetrievalBenchmarkTest {

	@ParameterizedTest(name = "{0} keeps precision@1 of at least {3} and refuses at least {4}")
	@CsvSource(textBlock = """
			# set,    on topic, off topic, precision@1, refused
			tuning,         81,       20,       0.900,   0.950
			tuning-2,      167,       36,       0.988,   1.000
			tuning-3,      129,       47,       0.992,   1.000
			tuning-4,      196,       40,       0.994,   1.000
			tuning-5,      221,       41,       0.923,   1.000
			tuning-6,      245,       47,       0.975,   1.000
			tuning-7,      403,      110,       0.950,   0.990
			tuning-8,      344,      105,       0.979,   1.000
			tuning-9,      423,      114,       0.905,   1.000
			tuning-10,     304,       98,       0.927,   1.000
			tuning-11,     410,      110,       0.907,   1.000
			tuning-12,     440,      126,       0.943,   1.000
			tuning-13,     463,      121,       0.954,   1.000
			tuning-14,     479,      138,       0.949,   1.000
			tuning-15,     495,      142,       0.937,   1.000
			tuning-16,     484,      143,       0.950,   1.000
			tuning-17,     531,      147,       0.935,   1.000
			tuning-18,     486,      131,       0.932,   1.000
			tuning-19,     484,      123,       0.935,   1.000
			tuning-20,     497,      122,       0.979,   1.000
			heldout-18,    490,      127,       0.924,   0.984
			""")
	void aBenchmarkSetKeepsAtLeastItsRecordedPrecisionAndRefusals(String set, int onTopic, int offTopic,
			double precision, double refused) {
		var figures = RetrievalBenchmark.run("assistant/benchmark-" + set + ".tsv", AnswerRule.DEFAULT);
		System.out.println(figures.report(set, AnswerRule.DEFAULT));

		assertThat(figures.onTopic()).isGreaterThanOrEqualTo(onTopic);
		assertThat(figures.offTopic()).isGreaterThanOrEqualTo(offTopic);
		assertThat(figures.precisionAt1()).isGreaterThanOrEqualTo(precision);
		assertThat(figures.refusedShare()).isGreaterThanOrEqualTo(refused);
	}

	@Test
	void aQuestionAskingForAPredictionAGuaranteeOrARecommendationIsNeverAnswered() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("怎么购买理财产品？", "理财产品会亏本吗？")), new KnowledgeIndex.Entry(2, "en",
						java.util.List.of("How do I buy a wealth management product?"))), SynonymMap.EMPTY);

		assertThat(index.search("哪个理财产品明年收益最高", 1)).isEmpty();
		assertThat(index.search("你们能保证理财年化8%吗", 1)).isEmpty();
		assertThat(index.search("Which wealth product will go up next year?", 1)).isEmpty();
		assertThat(index.search("理财产品会不会亏本", 1)).singleElement()
			.satisfies(match -> assertThat(match.entryId()).isEqualTo(1));
	}

	@Test
	void anEnglishBankingWordInAChineseQuestionIsReadAsTheChineseWordTheEntriesUse() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("信用卡额度怎么提升？"), java.util.List.of("额度")), new KnowledgeIndex.Entry(2, "zh-CN",
						java.util.List.of("房贷可以提前还款吗？"), java.util.List.of("提前还款"))), SynonymMap.EMPTY);

		assertThat(index.search("信用卡的limit怎么提", 1).get(0).entryId()).isEqualTo(1);
		assertThat(index.search("房贷prepay要收罚金吗", 1).get(0).entryId()).isEqualTo(2);
	}

	@Test
	void aNumberOfInstalmentsInsideTheWordStillAsksAboutInstalments() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("信用卡账单怎么分期？"), java.util.List.of("分期")), new KnowledgeIndex.Entry(2, "zh-CN",
						java.util.List.of("信用卡账单怎么还款？"), java.util.List.of("还款"))), SynonymMap.EMPTY);

		assertThat(index.search("账单能分24期吗", 1).get(0).entryId()).isEqualTo(1);
		assertThat(index.search("账单能分十二期吗", 1).get(0).entryId()).isEqualTo(1);
	}

	@Test
	void aBankingWordTypedInPinyinInAChineseQuestionMeetsTheEntry() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("定期存款利率是多少？"), java.util.List.of("定期", "利率")), new KnowledgeIndex.Entry(2, "zh-CN",
						java.util.List.of("信用卡年费怎么收取？"), java.util.List.of("年费"))), SynonymMap.EMPTY);

		assertThat(index.search("dingqi利率多少", 1).get(0).entryId()).isEqualTo(1);
		assertThat(index.search("信用卡年fei怎么收", 1).get(0).entryId()).isEqualTo(2);
	}

	@Test
	void aTraditionalQuestionMeetsTheSimplifiedEntry() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("银行卡丢了怎么挂失？"))), SynonymMap.EMPTY);

		assertThat(index.search("銀行卡丟了怎麼掛失", 1)).singleElement()
			.satisfies(match -> assertThat(match.score()).isGreaterThan(0.9));
	}

	@Test
	void howToGetACardInTraditionalCharactersMeetsTheApplicationNotTheRepayment() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("怎么申请信用卡？", "信用卡怎么办理"), java.util.List.of("信用卡", "申请")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("信用卡怎么还款？", "信用卡还不上怎么办"),
						java.util.List.of("信用卡", "还款"))), SynonymMap.EMPTY);

		assertThat(index.search("怎麼辦信用卡", 1).get(0).entryId()).isEqualTo(1);
		assertThat(index.search("信用卡还不上了怎么办", 1).get(0).entryId()).isEqualTo(2);
	}

	@Test
	void aSynonymFromTheMapMatchesAsTheWordItStandsFor() {
		var synonyms = SynonymMap.parse("年费,服务费");
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("信用卡年费怎么收取？")), new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("信用卡怎么还款？"))),
				synonyms);

		assertThat(index.search("信用卡服务费怎么收", 2).get(0).entryId()).isEqualTo(1);
	}

	@Test
	void anAmountInTheQuestionDoesNotCountAgainstTheAnswer() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("信用卡年费怎么收取？"))), SynonymMap.EMPTY);

		assertThat(index.search("信用卡年费两百块怎么收取", 1).get(0).score())
			.isEqualTo(index.search("信用卡年费块怎么收取", 1).get(0).score());
	}

	@Test
	void aQuestionAboutAThingTheKnowledgeBaseDoesNotKnowIsNotAnswered() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("银行卡丢了怎么挂失？")), new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("信用卡怎么还款？"))),
				SynonymMap.EMPTY);

		assertThat(AnswerRule.DEFAULT.answers(index.retrieve("快递丢了怎么办", 1).evidence())).isFalse();
		assertThat(AnswerRule.DEFAULT.answers(index.retrieve("卡丢了怎么办", 1).evidence())).isTrue();
	}

	@Test
	void anEnglishQuestionGetsTheEnglishEntryAndOtherwiseTheChineseEntryWithAnEnglishPhrasing() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "zh-CN", java.util.List.of("新信用卡怎么激活？", "How do I activate a new credit card?")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("怎么申请信用卡？", "How do I apply for a credit card?")),
				new KnowledgeIndex.Entry(3, "en", java.util.List.of("How do I apply for a credit card?"))), SynonymMap.EMPTY);

		assertThat(index.search("activate my new credit card", 1).get(0).entryId()).isEqualTo(1);
		assertThat(index.search("apply for a credit card", 1).get(0).entryId()).isEqualTo(3);
		assertThat(index.search("信用卡怎么激活", 1).get(0).entryId()).isEqualTo(1);
	}

	@Test
	void aMisspeltEnglishWordIsReadAsTheKnowledgeBasesWordOneLetterAway() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "en", java.util.List.of("How do I close my account?")),
				new KnowledgeIndex.Entry(2, "en", java.util.List.of("How do I apply for a mortgage?"))), SynonymMap.EMPTY);

		assertThat(index.search("how do I close my acount", 1).get(0).score())
			.isEqualTo(index.search("how do I close my account", 1).get(0).score());
		assertThat(index.search("aply for morgage", 1).get(0).entryId()).isEqualTo(2);
		assertThat(EnglishSpelling.oneEditApart("post", "most")).isFalse();
		assertThat(EnglishSpelling.oneEditApart("spent", "sent")).isFalse();
		assertThat(EnglishSpelling.oneEditApart("crad", "card")).isTrue();
	}

	@Test
	void aShortMisspeltEnglishWordIsReadAsTheKnowledgeBasesWordWithALetterLeftOutOrAVowelChanged() {
		assertThat(EnglishSpelling.oneEditApart("opn", "open")).isTrue();
		assertThat(EnglishSpelling.oneEditApart("fii", "fee")).isFalse();
		assertThat(EnglishSpelling.oneEditApart("lean", "loan")).isTrue();
		assertThat(EnglishSpelling.oneEditApart("wait", "want")).isFalse();
	}

	@Test
	void aMisspeltEnglishWordOfTheSynonymMapIsReadAsItsCanonicalWord() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "en", java.util.List.of("How do I stop marketing messages?")),
				new KnowledgeIndex.Entry(2, "en", java.util.List.of("How do I open an account?"))),
				SynonymMap.parse("stop,unsubscribe"));

		assertThat(index.search("how do i unsubscibe from marketing", 1).get(0).score())
			.isEqualTo(index.search("how do i unsubscribe from marketing", 1).get(0).score());
	}

	@Test
	void aLongMisspeltEnglishWordIsReadAsTheKnowledgeBasesWordTwoEditsAwayButAShortOneIsNot() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "en", java.util.List.of("Can I lose my principal in a wealth product?")),
				new KnowledgeIndex.Entry(2, "en", java.util.List.of("I forgot my password"))), SynonymMap.EMPTY);

		assertThat(index.search("can i lose my principle", 1).get(0).score())
			.isEqualTo(index.search("can i lose my principal", 1).get(0).score());
		assertThat(EnglishSpelling.distance("principle", "principal")).isEqualTo(2);
		assertThat(index.search("i forgot my passport", 1).get(0).score())
			.isLessThan(index.search("i forgot my password", 1).get(0).score());
	}

	@Test
	void aChineseHomophoneMisspellingIsReadAsTheKnowledgeBasesOwnWord() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "zh-CN", java.util.List.of("开储蓄账户需要什么材料？"), java.util.List.of("开户")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("定期存款的利息怎么算？"), java.util.List.of("定期")),
				new KnowledgeIndex.Entry(3, "zh-CN", java.util.List.of("怎么投诉？"), java.util.List.of("投诉"))),
				SynonymMap.EMPTY);

		assertThat(index.search("开储蓄账护需要什么材料", 1).get(0).score())
			.isEqualTo(index.search("开储蓄账户需要什么材料", 1).get(0).score());
		assertThat(index.search("定期的利习怎么算", 1).get(0).entryId()).isEqualTo(2);
		assertThat(index.search("我要投树", 1).get(0).entryId()).isEqualTo(3);
	}

	@Test
	void twoWordsMeetingInAQuestionAreNotReadAsAHomophoneOfAThirdWord() {
		var lexicon = new DomainLexicon(java.util.List.of(), SynonymMap.EMPTY);
		var analyzers = new Analyzers();
		lexicon.hearing(java.util.List.of("继续", "交易", "账户"), analyzers::segmented);

		assertThat(lexicon.correct("会自己续上吗", text -> false)).isEqualTo("会自己续上吗");
		assertThat(lexicon.correct("每年交一万", text -> false)).isEqualTo("每年交一万");
		assertThat(lexicon.correct("开个账护", text -> false)).isEqualTo("开个账户");
	}

	@Test
	void aChineseQuestionWithAnEnglishWordFindsTheEntryWhoseEnglishPhrasingsUseIt() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "zh-CN", java.util.List.of("新信用卡怎么激活？", "How do I activate a new card?")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("新信用卡怎么申请？", "How do I apply for a new card?")),
				new KnowledgeIndex.Entry(3, "en", java.util.List.of("How do I activate a new card?"))), SynonymMap.EMPTY);

		var found = index.retrieve("新信用卡怎么 activate", 2);
		assertThat(found.matches().get(0).entryId()).isEqualTo(1);
		assertThat(found.matches()).extracting(KnowledgeIndex.Match::entryId).doesNotContain(3L);
		assertThat(found.matches().get(0).score()).isGreaterThan(index.search("新信用卡怎么 xyzzy", 1).get(0).score());
	}

	@Test
	void aLongStoryIsJudgedByTheClauseThatAsksItsStrangeWordsCountingLess() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "zh-CN", java.util.List.of("银行卡丢了怎么挂失？"), java.util.List.of("挂失")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("怎么投诉？"), java.util.List.of("投诉"))),
				SynonymMap.EMPTY);

		double story = index.search("早上挤地铁钱包被偷了 银行卡丢了 怎么挂失", 1).get(0).score();
		double sentence = index.search("早上挤地铁钱包被偷了银行卡丢了怎么挂失", 1).get(0).score();
		assertThat(index.search("早上挤地铁钱包被偷了 银行卡丢了 怎么挂失", 1).get(0).entryId()).isEqualTo(1);
		assertThat(story).isGreaterThan(sentence);
	}

	@Test
	void aStringOfFunctionCharactersAloneIsNotAnswered() {
		var index = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN",
				java.util.List.of("存款有保险吗？", "我的存款在银行安全吗"))), SynonymMap.EMPTY);

		assertThat(index.search("的了是我不在有", 1)).isEmpty();
		assertThat(index.search("我的呢？", 1)).isEmpty();
		assertThat(index.search("我的存款有保险吗", 1)).isNotEmpty();
	}

	@Test
	void anEnglishQuestionAboutATopicOnlyAChineseEntryAnswersInEnglishMeetsThatEntry() {
		var limitOnly = java.util.List.of("信用卡额度怎么提升？", "How do I increase my credit card limit?",
				"My credit limit is too low");
		var transfer = new KnowledgeIndex.Entry(3, "en", java.util.List.of("What is my daily transfer limit?",
				"The app says my transfer is over the limit"));
		var answered = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN", limitOnly,
				java.util.List.of(), "Apply for a higher limit in the mobile banking app."), transfer), SynonymMap.EMPTY);
		var unanswered = KnowledgeIndex.build(java.util.List.of(new KnowledgeIndex.Entry(1, "zh-CN", limitOnly),
				transfer), SynonymMap.EMPTY);

		String question = "my limit is too low, can it go up";
		assertThat(answered.search(question, 1).get(0).entryId()).isEqualTo(1);
		assertThat(answered.search(question, 1).get(0).score())
			.isGreaterThan(unanswered.search(question, 2).stream().filter(m -> m.entryId() == 1).findFirst()
				.orElseThrow().score());
		assertThat(answered.search("What is my daily transfer limit?", 1).get(0).entryId()).isEqualTo(3);
	}

	@Test
	void aSingleEnglishWordIsAnsweredOnlyWhenItIsTheBanksBusiness() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "en", java.util.List.of("What is the risk test for wealth products?")),
				new KnowledgeIndex.Entry(2, "en", java.util.List.of("How do I apply for a mortgage?"))), SynonymMap.EMPTY);

		assertThat(index.search("test", 1)).isEmpty();
		assertThat(index.search("mortgage", 1)).singleElement()
			.satisfies(match -> assertThat(match.entryId()).isEqualTo(2));
	}

	@Test
	void aQuestionOfTestWordsHoweverManyIsNotAnswered() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "en", java.util.List.of("What is the risk test for wealth products?")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("风险测试是什么？"))), SynonymMap.EMPTY);

		assertThat(index.search("test test 123", 1)).isEmpty();
		assertThat(index.search("hello test", 1)).isEmpty();
		assertThat(index.search("测试一下", 1)).isEmpty();
		assertThat(index.search("what is the risk test", 1)).isNotEmpty();
	}

	@Test
	void aTraditionalQuestionInTaiwansWordsScoresAsItsSimplifiedTwin() {
		var index = KnowledgeIndex.build(java.util.List.of(
				new KnowledgeIndex.Entry(1, "zh-CN", java.util.List.of("转错账了怎么办？")),
				new KnowledgeIndex.Entry(2, "zh-CN", java.util.List.of("收到带链接的短信是银行发的吗？"))), SynonymMap.EMPTY);

		assertThat(index.search("轉錯帳了怎麼辦", 1).get(0).score()).isEqualTo(index.search("转错账了怎么办", 1).get(0).score());
		assertThat(index.search("收到帶連結的短信是銀行發的嗎", 1).get(0).score())
			.isEqualTo(index.search("收到带链接的短信是银行发的吗", 1).get(0).score());
	}
}
