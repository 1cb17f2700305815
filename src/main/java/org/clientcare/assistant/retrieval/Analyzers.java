package org.clientcare.assistant.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
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
			"哪些", "哪里", "为什么", "咋", "啥", "想问", "问", "知道", "告诉", "怎么办", "咋办", "怎么样", "干嘛",
			"需要", "哪", "去", "没",
			// colloquial fillers: they make a question sound spoken, not what it is about
			"好像", "现在", "最近", "这个", "那个", "这张", "那张", "这种", "一下子", "帮", "帮我", "麻烦", "给", "把",
			"弄", "搞", "咋样", "啦", "呗", "哈", "嗯", "诶", "哎", "吧", "嘞", "咯", "行不行", "行吗", "好吗", "对吗",
			"到底", "究竟", "其实", "然后", "就是", "还是", "已经", "一直", "总是", "老是", "又", "再", "才", "得",
			"他", "她", "他们", "人家", "自己", "啊啊", "那么", "这么", "这样", "那样", "一些", "有点", "有些",
			"应该", "必须", "得要", "如果", "要是", "的话", "因为", "所以", "但是", "可是", "不过",
			// spoken and dialect question words and particles (Cantonese, Shanghainese, northern): 点算 "what to do",
			// 咋整 "how", 咗, 嘅, 伐, 侬 …
			"点算", "点样", "点办", "咋整", "咋弄", "咋搞", "怎么整", "怎么弄", "咋回事", "怎么回事", "咗", "嘅", "咩", "啲", "乜",
			"伐", "侬", "阿拉", "俺", "咱", "咱们", "嘛呢", "成不", "中不中", "可好", "好不好", "行不", "是吧", "对吧",
			"一声", "一点", "一些些", "那边", "这边", "东西" };

	/** English words that only make a sentence a question or a request; a general list like {@link #PARTICLES}. */
	static final String[] ENGLISH_PARTICLES = { "i", "me", "my", "you", "your", "we", "our", "do", "does", "did", "how",
			"what", "when", "where", "why", "which", "who", "can", "could", "should", "would", "am", "please", "want",
			"need", "get", "have", "has", "there", "any", "some", "about", "s", "m",
			// colloquial fillers
			"just", "really", "actually", "tell", "know", "like", "hi", "hello", "help", "thanks", "thank", "ok", "okay",
			"t", "don", "didn", "doesn", "won", "ll", "ve", "re", "d", "still", "now", "also", "is", "are", "was", "be" };

	private static final Pattern NUMBER = Pattern.compile("[0-9零一二两三四五六七八九十百千万亿几.,%]+");

	/** Whether a term is only a number (两百, 5万, 30): an amount says nothing about what is asked. */
	static boolean number(CharSequence term) {
		return NUMBER.matcher(term).matches();
	}

	private final Analyzer perField;

	private final Analyzer segmenter;

	private final Analyzer words;

	private final CharArraySet zhStop;

	Analyzers() {
		CharArraySet zhStop = CharArraySet.copy(SmartChineseAnalyzer.getDefaultStopSet());
		for (String particle : PARTICLES) {
			zhStop.add(particle);
		}
		this.zhStop = zhStop;
		CharArraySet enStop = CharArraySet.copy(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		for (String particle : ENGLISH_PARTICLES) {
			enStop.add(particle);
		}
		EnglishAnalyzer english = new EnglishAnalyzer(enStop);
		this.words = new SmartChineseAnalyzer(zhStop);
		this.perField = new PerFieldAnalyzerWrapper(english, Map.of("zh", new WhitespaceAnalyzer(),
				"zh2", new CJKAnalyzer(CharArraySet.EMPTY_SET), "en", english));
		this.segmenter = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
	}

	/**
	 * The text the bigram field reads: the particles and punctuation the segmenter finds replaced by spaces, so that
	 * bigrams join neighbouring words (房/贷 → 房贷) but never a word with a particle (么材).
	 */
	String bigramText(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		try (TokenStream stream = segmenter.tokenStream("zh", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.append(" ".repeat(Math.max(0, offset.startOffset() - last)));
				boolean particle = zhStop.contains(term.buffer(), 0, term.length()) || number(term);
				out.append(particle ? " ".repeat(offset.endOffset() - offset.startOffset())
						: text, particle ? 0 : offset.startOffset(), particle ? offset.endOffset() - offset.startOffset()
								: offset.endOffset());
				last = offset.endOffset();
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * The words of the {@code zh} field: the knowledge base's own words kept whole, the rest segmented by smartcn,
	 * without punctuation and particles.
	 */
	List<String> words(String text, DomainLexicon lexicon) {
		return lexicon.segment(text, this::smartcn);
	}

	private List<String> smartcn(String text) {
		return tokens(words, text);
	}

	/** smartcn's words of a text, particles and numbers included (where its words begin and end). */
	List<String> segmented(String text) {
		return tokens(segmenter, text);
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> out = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("zh", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	Analyzer perField() {
		return perField;
	}
}
