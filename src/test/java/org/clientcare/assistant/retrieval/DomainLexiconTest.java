package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DomainLexiconTest {

	private final Analyzers analyzers = new Analyzers();

	@Test
	void aKeywordOfTheKnowledgeBaseStaysOneWordWhereSmartcnAloneSplitsIt() {
		var lexicon = new DomainLexicon(List.of("年费", "征信"), SynonymMap.EMPTY);

		assertThat(analyzers.words("扣了两百块年费", DomainLexicon.EMPTY)).doesNotContain("年费");
		assertThat(analyzers.words("扣了两百块年费", lexicon)).contains("年费").doesNotContain("年", "费");
		assertThat(analyzers.words("贷款晚还会上征信吗", lexicon)).contains("贷款", "征信");
	}

	@Test
	void theLongestWordOfTheLexiconWinsAndTheRestIsSegmentedWithoutParticles() {
		var lexicon = new DomainLexicon(List.of("存款", "存款保险"), SynonymMap.EMPTY);

		assertThat(analyzers.words("存款保险是什么", lexicon)).containsExactly("存款保险");
	}

	@Test
	void toDoFollowedByAThingOfTheKnowledgeBaseIsReadAsApplyingForIt() {
		var lexicon = new DomainLexicon(List.of("信用卡", "挂失"), SynonymMap.EMPTY);

		assertThat(lexicon.applying("怎么办信用卡")).isEqualTo("怎么办理信用卡");
		assertThat(lexicon.applying("在哪办卡")).isEqualTo("在哪办理卡");
		assertThat(lexicon.applying("卡丢了怎么办")).isEqualTo("卡丢了怎么办");
		assertThat(lexicon.applying("信用卡怎么办理")).isEqualTo("信用卡怎么办理");
		assertThat(lexicon.applying("卡丢了怎么办啊")).isEqualTo("卡丢了怎么办啊");
	}

	@Test
	void theSynonymMapsCanonicalWordsBelongToTheLexicon() {
		var lexicon = new DomainLexicon(List.of(), SynonymMap.parse("逾期,晚还"));

		assertThat(lexicon.contains("逾期")).isTrue();
		assertThat(lexicon.contains("晚还")).isFalse();
	}

	@Test
	void aHomophoneMisspellingOfAKnowledgeBaseWordIsReadAsThatWord() {
		var lexicon = new DomainLexicon(List.of("挂失", "征信", "逾期"), SynonymMap.EMPTY);

		assertThat(lexicon.correct("银行卡挂矢怎么办理", run -> false)).isEqualTo("银行卡挂失怎么办理");
		assertThat(lexicon.correct("怎么查正信", run -> false)).isEqualTo("怎么查征信");
		assertThat(lexicon.correct("信用卡愈期怎么办", run -> false)).isEqualTo("信用卡逾期怎么办");
	}

	@Test
	void aRunTheKnowledgeBaseHoldsAsWrittenIsNeverCorrected() {
		var lexicon = new DomainLexicon(List.of("挂失"), SynonymMap.EMPTY);

		assertThat(lexicon.correct("挂矢", "挂矢"::equals)).isEqualTo("挂矢");
	}

	@Test
	void aSoundSharedByTwoWordsOfTheLexiconCorrectsToNeither() {
		var lexicon = new DomainLexicon(List.of("理财", "理才"), SynonymMap.EMPTY);

		assertThat(lexicon.correct("里财产品", run -> false)).isEqualTo("里财产品");
	}

	@Test
	void aMisspeltQuestionFindsItsEntryThroughTheIndex() {
		var index = KnowledgeIndex.build(List.of(
				new KnowledgeIndex.Entry(1, "zh-CN", List.of("银行卡丢了怎么挂失？"), List.of("挂失", "银行卡")),
				new KnowledgeIndex.Entry(2, "zh-CN", List.of("信用卡怎么申请？"), List.of("信用卡", "申请"))),
				SynonymMap.EMPTY);

		assertThat(index.search("银行卡挂矢怎么办", 1)).singleElement()
			.satisfies(match -> assertThat(match.entryId()).isEqualTo(1));
	}

	@Test
	void aMisspellingOfAWordTheSynonymMapRewritesIsReadAsTheWordItIsRewrittenTo() {
		var lexicon = new DomainLexicon(List.of(), SynonymMap.parse("销户,注销,关户"));

		assertThat(lexicon.correct("账户怎么注消", run -> false)).isEqualTo("账户怎么销户");
	}

	@Test
	void aBackNasalTypedForAFrontOneIsReadAsTheKnowledgeBasesWord() {
		var lexicon = new DomainLexicon(List.of("征信", "基金"), SynonymMap.EMPTY);
		lexicon.hearing(List.of("银行"), text -> List.of(text.split("")));

		assertThat(lexicon.correct("怎么查征性", run -> false)).isEqualTo("怎么查征信");
		assertThat(lexicon.correct("买基经要手续费吗", run -> false)).isEqualTo("买基金要手续费吗");
	}

	@Test
	void aMisspellingThatSoundsLikeAnotherReadingOfACharacterIsReadAsTheWord() {
		var lexicon = new DomainLexicon(List.of(), SynonymMap.parse("逾期,忘还"));

		assertThat(lexicon.correct("房贷忘换了怎么办", run -> false)).isEqualTo("房贷逾期了怎么办");
	}
}
