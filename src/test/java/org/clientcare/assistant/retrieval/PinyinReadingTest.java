package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PinyinReadingTest {

	private final PinyinReading reading = PinyinReading.of(List.of("银行卡丢了怎么挂失？", "信用卡怎么还款？", "定期存款利率是多少？",
			"怎么注销账户？"));

	@Test
	void aQuestionWhollyInPinyinIsReadInTheKnowledgeBasesCharacters() {
		assertThat(reading.read("yinhangka diule zenme guashi")).isEqualTo("银行卡丢了怎么挂失");
		assertThat(reading.read("xinyongkazenmehuankuan")).as("syllables run together").isEqualTo("信用卡怎么还款");
		assertThat(reading.read("zhu xiao zhang hu")).as("one syllable a word").isEqualTo("注销账户");
	}

	@Test
	void toneMarksToneNumbersAndTheSecondReadingOfACharacterAreRead() {
		assertThat(reading.read("yínhángkǎ diū le")).isEqualTo("银行卡丢了");
		assertThat(reading.read("ding4qi1 li4lü4")).isEqualTo("定期利率");
		assertThat(reading.read("dingqi lilv")).isEqualTo("定期利率");
	}

	@Test
	void pinyinMixedIntoAChineseQuestionIsReadAndTheChineseKept() {
		assertThat(reading.read("信用卡zenme还款")).isEqualTo("信用卡怎么还款");
	}

	@Test
	void englishAndOtherLatinWordsAreLeftAlone() {
		assertThat(reading.read("how do i report a lost card")).isEqualTo("how do i report a lost card");
		assertThat(reading.read("can i change my pin")).isEqualTo("can i change my pin");
		assertThat(reading.read("手机app怎么登录")).isEqualTo("手机app怎么登录");
		assertThat(reading.read("atm取款")).isEqualTo("atm取款");
	}

	@Test
	void aQuestionInPinyinMeetsTheChineseEntryAndAnEnglishOneTheEnglishEntry() {
		var index = KnowledgeIndex.build(List.of(new KnowledgeIndex.Entry(1, "zh-CN", List.of("银行卡丢了怎么挂失？"),
				List.of("挂失")), new KnowledgeIndex.Entry(2, "zh-CN", List.of("信用卡怎么还款？"), List.of("还款")),
				new KnowledgeIndex.Entry(3, "en", List.of("How do I report a lost card?"))), SynonymMap.EMPTY);

		assertThat(index.search("yinhangka diule zenme guashi", 1).get(0).entryId()).isEqualTo(1);
		assertThat(index.search("xinyongka zenme huankuan", 1).get(0).entryId()).isEqualTo(2);
		assertThat(index.search("I lost my card, how do I report it?", 1).get(0).entryId()).isEqualTo(3);
	}
}
