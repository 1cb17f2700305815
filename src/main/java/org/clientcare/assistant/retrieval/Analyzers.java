package org.clientcare.assistant.retrieval;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysers of the index's fields: smartcn words without punctuation and question particles ({@code zh}), CJK
 * bigrams ({@code zh2}), English words stemmed without stop words ({@code en}).
 */
final class Analyzers {

	/**
	 * Words that only make a sentence a question or a request (吗, 怎么, 请问 …): they say nothing about what is asked. A
	 * general list, not one made from the benchmark's questions.
	 */
	static final String[] PARTICLES = { "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "么", "我", "你", "您", "我们",
			"你们", "请问", "请", "一下", "怎么", "怎样", "如何", "什么", "是", "在", "有", "要", "想", "能", "可以", "会", "该",
			"和", "与", "或", "还", "就", "都", "也", "这", "那", "个", "吗", "是不是", "能不能", "可不可以", "有没有", "多少",
			"哪些", "哪里", "为什么", "咋", "啥", "想问", "问", "知道", "告诉" };

	private final Analyzer perField;

	Analyzers() {
		CharArraySet zhStop = CharArraySet.copy(SmartChineseAnalyzer.getDefaultStopSet());
		for (String particle : PARTICLES) {
			zhStop.add(particle);
		}
		this.perField = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of("zh", new SmartChineseAnalyzer(zhStop),
				"zh2", new CJKAnalyzer(CharArraySet.EMPTY_SET), "en", new EnglishAnalyzer()));
	}

	Analyzer perField() {
		return perField;
	}
}
