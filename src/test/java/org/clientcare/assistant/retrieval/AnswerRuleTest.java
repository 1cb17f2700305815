package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerRuleTest {

	private final AnswerRule rule = new AnswerRule(0.44, 0.24, 0.02);

	private static KnowledgeIndex.Evidence evidence(double top, double second, boolean namesTheBank) {
		return new KnowledgeIndex.Evidence(top, second, 0, 0, namesTheBank);
	}

	@Test
	void aBestEntryScoringTheThresholdIsTheAnswerWhateverTheQuestionNames() {
		assertThat(rule.answers(evidence(0.44, 0.43, false))).isTrue();
		assertThat(rule.answers(evidence(0.44, 0.43, true))).isTrue();
	}

	@Test
	void aQuestionNamingNothingOfTheBanksBusinessBelowTheThresholdIsNotAnswered() {
		assertThat(rule.answers(evidence(0.43, 0.10, false))).isFalse();
	}

	@Test
	void aQuestionNamingTheBanksBusinessIsAnsweredFromTheLowerThresholdWhenItsBestEntryLeads() {
		assertThat(rule.answers(evidence(0.30, 0.25, true))).isTrue();
		assertThat(rule.answers(evidence(0.25, 0.22, true))).isTrue();
	}

	@Test
	void aQuestionNamingTheBanksBusinessIsNotAnsweredBelowTheThresholdWhenTwoEntriesAreAlmostEqual() {
		assertThat(rule.answers(evidence(0.30, 0.29, true))).isFalse();
	}

	@Test
	void aQuestionNamingTheBanksBusinessIsNotAnsweredBelowItsLowerThreshold() {
		assertThat(rule.answers(evidence(0.23, 0.0, true))).isFalse();
	}

	@Test
	void aQuestionNothingWasFoundForIsNeverAnswered() {
		assertThat(rule.answers(KnowledgeIndex.Evidence.NONE)).isFalse();
		assertThat(new AnswerRule(0.44, 0.24, 0).answers(evidence(0, 0, true))).isFalse();
	}

	@Test
	void alternativesMustReachTheSameScoreAsTheAnswerForThatQuestion() {
		assertThat(rule.bar(evidence(0.30, 0.25, true))).isEqualTo(0.24);
		assertThat(rule.bar(evidence(0.50, 0.25, false))).isEqualTo(0.44);
	}

	@Test
	void aQuestionNamesTheBanksBusinessByItsProductsChannelsAndDataNotByAVerbItSharesWithAnEntry() {
		assertThat(DomainLexicon.namesTheBanksBusiness("信用卡额度太低了", "信用卡额度太低了")).isTrue();
		assertThat(DomainLexicon.namesTheBanksBusiness("理财的钱想拿出来", "理财的钱想拿出来")).isTrue();
		assertThat(DomainLexicon.namesTheBanksBusiness("how do i raise my transfer limit", "how do i raise my transfer limit"))
			.isTrue();
		assertThat(DomainLexicon.namesTheBanksBusiness("钱包被偷了卡也在里面", "钱包被偷了卡也在里面")).isTrue();
		assertThat(DomainLexicon.namesTheBanksBusiness("我妈走不动 能不能上门办", "我妈走不动 能不能上门办")).isTrue();
		assertThat(DomainLexicon.namesTheBanksBusiness("宽带怎么注销", "宽带怎么销户")).isFalse();
		assertThat(DomainLexicon.namesTheBanksBusiness("地铁卡丢了怎么办", "地铁卡丢失怎么办")).isFalse();
		assertThat(DomainLexicon.namesTheBanksBusiness("how do i reset my instagram password",
				"how do i reset my instagram password")).isFalse();
	}
}
