package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SynonymMapTest {

	@Test
	void everyWordOfAGroupBecomesItsFirstWordLongestFirst() {
		var map = SynonymMap.parse("房贷,按揭,住房贷款\n年费,服务费");

		assertThat(map.canonicalise("住房贷款和按揭的服务费")).isEqualTo("房贷和房贷的年费");
	}

	@Test
	void latinWordsAreReplacedOnlyAsWholeWords() {
		var map = SynonymMap.parse("app,application");

		assertThat(map.canonicalise("the application form")).isEqualTo("the app form");
		assertThat(map.canonicalise("applications")).isEqualTo("applications");
	}

	@Test
	void anEnglishQuestionKeepsAWordWhoseCanonicalFormIsChinese() {
		var map = SynonymMap.parse("手机银行,app");

		assertThat(map.canonicalise("daily transfer limit in the app")).isEqualTo("daily transfer limit in the app");
		assertThat(map.canonicalise("app 转账限额")).isEqualTo("手机银行 转账限额");
	}

	@Test
	void aGroupOfOneWordAndAWordInTwoGroupsAreRefusedNamingTheLine() {
		assertThatThrownBy(() -> SynonymMap.parse("年费")).hasMessageContaining("line 1");
		assertThatThrownBy(() -> SynonymMap.parse("# comment\n年费,服务费\n服务费,手续费")).hasMessageContaining("line 3");
	}
}
