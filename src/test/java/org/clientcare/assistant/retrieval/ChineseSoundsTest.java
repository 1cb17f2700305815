package org.clientcare.assistant.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

/**
 * The homophone reading hears a run of Chinese characters as its characters' readings in turn, each read once: the
 * same sound as ICU's Han-Latin gives the whole run, for every run of the demo knowledge base's phrasings, so a
 * misspelling is corrected to the same word either way.
 */
class ChineseSoundsTest {

	private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

	@Test
	void everyRunOfTheDemoKnowledgeBaseSoundsAsTheTransliteratorReadsItWhole() {
		Set<String> runs = new LinkedHashSet<>();
		for (KnowledgeBaseFile.Line line : KnowledgeBaseFile.read(KnowledgeBaseFile.DEMO)) {
			for (String phrasing : line.phrasings()) {
				for (String chinese : phrasing.split("[^\\p{IsHan}]+")) {
					for (int start = 0; start < chinese.length(); start++) {
						for (int end = start + 2; end <= Math.min(chinese.length(), start + 4); end++) {
							runs.add(chinese.substring(start, end));
						}
					}
				}
			}
		}

		assertThat(runs).hasSizeGreaterThan(1_000);
		assertThat(runs).allSatisfy(run -> assertThat(DomainLexicon.pinyin(run)).as(run).isEqualTo(whole(run)));
	}

	@Test
	void aCharacterWithTwoReadingsAndTextThatIsNotChineseSoundAsTheTransliteratorReadsThem() {
		for (String text : new String[] { "银行", "行长", "还款", "还是", "重新", "重要", "信用卡2张", "abc", "账户 余额" }) {
			assertThat(DomainLexicon.pinyin(text)).as(text).isEqualTo(whole(text));
		}
	}

	private static String whole(String text) {
		return HAN_LATIN.transliterate(text).replaceAll("[^a-z]+", " ").strip();
	}
}
