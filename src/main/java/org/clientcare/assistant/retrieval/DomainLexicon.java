package org.clientcare.assistant.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The knowledge base's own Chinese words: the editors' keywords of every entry and every word of the synonym map, as
 * the synonym map writes them (its canonical word). smartcn's general dictionary knows few banking words — it splits
 * 年费, 征信, 定投 and 挂失 into single characters — so these words are kept whole before smartcn segments the rest of
 * a text ({@link #segment}), and a question's word that is misspelt with a homophone of one of them (年废, 正信, 挂矢) is
 * read as that word ({@link #correct}).
 */
final class DomainLexicon {

	static final DomainLexicon EMPTY = new DomainLexicon(List.of(), SynonymMap.EMPTY);

	private static final ThreadLocal<Transliterator> PINYIN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

	private final Set<String> words = new HashSet<>();

	/** Toneless pinyin → the one word of the lexicon that sounds so (words that share their sound are left out). */
	private final Map<String, String> bySound = new HashMap<>();

	/** The same, the syllables written together (nianfei → 年费), for words typed in pinyin. */
	private final Map<String, String> bySpelling = new HashMap<>();

	/**
	 * Toneless pinyin → the one word of the knowledge base's phrasings (as segmented) that sounds so, for homophone
	 * misspellings of words that are not the editors' keywords (账护 → 账户, 利习 → 利息, 信西 → 信息); filled by
	 * {@link #hearing}.
	 */
	private final Map<String, String> phrasingsBySound = new HashMap<>();

	/**
	 * The lexicon's words by their sound with the retroflex initials folded into the flat ones (zh/ch/sh → z/c/s), the
	 * most common confusion in typing by sound (投树 → 投诉); only a word that no other lexicon word sounds like so.
	 */
	private final Map<String, String> byLooseSound = new HashMap<>();

	/**
	 * Toneless pinyin → the canonical word of the synonym map's line whose other word sounds so (注消 sounds like 注销,
	 * which the map reads as 销户): a misspelling of a word the map rewrites is read as the word it is rewritten to; a
	 * sound shared by words of two lines, or by a word of the lexicon, corrects to nothing here.
	 */
	private final Map<String, String> variantsBySound = new HashMap<>();

	/** The phrasings' words (filled by {@link #hearing}) by their loose sound ({@link #loose}): 迎行 → 银行. */
	private final Map<String, String> phrasingsByLooseSound = new HashMap<>();

	private int heard;

	/** How the text between the lexicon's words is segmented (smartcn), for {@link #wordSpans}. */
	private Function<String, List<String>> segmenter;

	private final int longest;

	DomainLexicon(Collection<String> keywords, SynonymMap synonyms) {
		List<String> all = new ArrayList<>();
		for (String keyword : keywords) {
			all.add(synonyms.canonicalise(QuestionText.normalise(keyword)));
		}
		synonyms.groups().forEach(group -> all.add(group.get(0)));
		for (String word : all) {
			if (word.length() >= 2 && word.codePoints().allMatch(DomainLexicon::han)) {
				words.add(word);
			}
		}
		Map<String, Set<String>> sounds = new HashMap<>();
		for (String word : words) {
			sounds.computeIfAbsent(pinyin(word), s -> new HashSet<>()).add(word);
		}
		sounds.forEach((sound, same) -> {
			if (same.size() == 1) {
				bySound.put(sound, same.iterator().next());
			}
		});
		Map<String, Set<String>> looseSounds = new HashMap<>();
		for (String word : words) {
			looseSounds.computeIfAbsent(loose(pinyin(word)), s -> new HashSet<>()).add(word);
		}
		looseSounds.forEach((sound, same) -> {
			if (same.size() == 1) {
				byLooseSound.put(sound, same.iterator().next());
			}
		});
		Map<String, Set<String>> variantSounds = new HashMap<>();
		for (List<String> group : synonyms.groups()) {
			for (String variant : group) {
				if (variant.length() >= 2 && variant.codePoints().allMatch(DomainLexicon::han)) {
					for (String sound : sounds(variant)) {
						variantSounds.computeIfAbsent(sound, s -> new HashSet<>()).add(group.get(0));
					}
				}
			}
		}
		variantSounds.forEach((sound, canonical) -> {
			if (canonical.size() == 1 && !sounds.containsKey(sound)) {
				variantsBySound.put(sound, canonical.iterator().next());
				heard = Math.max(heard, sound.split(" ").length);
			}
		});
		bySound.forEach((sound, word) -> bySpelling.merge(sound.replace(" ", ""), word, (a, b) -> ""));
		bySpelling.values().removeIf(String::isEmpty);
		this.longest = words.stream().mapToInt(String::length).max().orElse(0);
	}

	/**
	 * The things the bank's knowledge base is about — its products, channels and the customer's rights over their
	 * data — in general banking words, not taken from any question set: a question naming none of them (地铁卡丢了,
	 * 宽带怎么注销, "my library card is lost") may share a verb with an entry but is about something else.
	 */
	private static final List<String> SUBJECTS = List.of("银行", "信用卡", "贷记卡", "借记卡", "储蓄卡", "银行卡", "工资卡",
			"账户", "帐户", "户头", "账号", "存款", "存单", "定期", "活期", "利息", "利率", "理财", "基金", "定投", "黄金",
			"金条", "积存金", "贵金属", "办业务", "上门", "老年人", "保险", "保单", "保费", "退保", "理赔", "犹豫期", "贷", "房贷", "按揭", "经营贷", "消费贷",
			"征信", "还款", "逾期", "年费", "额度", "提额", "分期", "账单", "挂失", "盗刷", "转账", "汇款", "限额", "手续费",
			"流水", "交易明细", "网点", "柜台", "柜面", "营业厅", "支行", "手机银行", "网银", "网上银行", "热线", "投诉",
			"个人信息", "个人资料", "隐私", "营销", "验证码", "取款密码", "交易密码", "开户", "取现", "取款", "现金",
			"赎回", "净值", "收益", "起息", "私募", "冷静期", "风险测评", "存款保险", "lpr", "预留手机", "atm");

	private static final Pattern ENGLISH_SUBJECTS = Pattern.compile("\\b(bank|banks|banking|card|cards|credit|debit|"
			+ "account|accounts|deposit|deposits|savings|interest|rates?|wealth|funds?|gold|insurance|insurer|policy|policies|"
			+ "claims?|loans?|mortgages?|repay\\w*|fees?|transfers?|statements?|branch\\w*|hotline|complain\\w*|"
			+ "personal|data|information|marketing|pin|atm|overdraft|principal|redeem\\w*|redemption|cooling|free-look|"
			+ "risk|scam\\w*|fraud\\w*|money|cash|withdraw\\w*|app)\\b");

	/**
	 * The bank's own things among {@link #SUBJECTS} — its cards, accounts' products, loans, insurance, channels — leaving
	 * out the words other services use too (挂失, 投诉, 账号, 额度, 还款, 逾期, 账单, 验证码, 营业厅 …), and a card on its
	 * own: once the names of the things the bank does not handle ({@link NotHandled}: 公交卡, 校园卡) are taken out of a
	 * question, a card it still names is the bank's.
	 */
	private static final List<String> BANK_THINGS = List.of("银行", "信用卡", "贷记卡", "借记卡", "储蓄卡", "银行卡", "工资卡",
			"卡", "存款", "存单", "定期", "活期", "利息", "利率", "理财", "基金", "定投", "积存金", "贵金属", "保险", "保单",
			"保费", "退保", "理赔", "犹豫期", "贷", "房贷", "按揭", "经营贷", "消费贷", "征信", "年费", "盗刷", "转账", "汇款",
			"网点", "柜台", "柜面", "支行", "手机银行", "网银", "网上银行", "取款密码", "交易密码", "开户", "取现", "取款", "赎回",
			"净值", "起息", "私募", "冷静期", "风险测评", "lpr", "预留手机", "atm", "账单", "保管箱");

	private static final Pattern ENGLISH_BANK_THINGS = Pattern.compile("\\b(bank|banks|banking|card|cards|credit|debit|"
			+ "deposits?|savings|wealth|insurance|insurer|loans?|mortgages?|overdraft|branch\\w*|atm|transfers?|"
			+ "redeem\\w*|redemption|statements?|pin|claims?)\\b");

	/** Whether a normalised text names one of the bank's own things ({@link #BANK_THINGS}), in Chinese or English. */
	static boolean namesABankThing(String normalised) {
		return BANK_THINGS.stream().anyMatch(normalised::contains) || ENGLISH_BANK_THINGS.matcher(normalised).find();
	}

	/**
	 * Whether a name is one of the bank's own things, part of one or holds one other than a card (卡, 信用, 贷款, 银行卡套现,
	 * "card"; not 公交卡 nor "library card").
	 */
	static boolean isPartOfABankThing(String name) {
		return BANK_THINGS.stream().anyMatch(thing -> thing.contains(name) || !thing.equals("卡") && name.contains(thing))
				|| ENGLISH_BANK_THINGS.matcher(name).matches();
	}

	/**
	 * Whether a name is one of the bank's own things or part of one (银行, 卡, 信用, "card"), not one that merely holds
	 * one (招商银行, "bank of china"): the test for the names of other institutions.
	 */
	static boolean isABankThingOrPartOfOne(String name) {
		return BANK_THINGS.stream().anyMatch(thing -> thing.contains(name)) || ENGLISH_BANK_THINGS.matcher(name).matches();
	}

	/**
	 * Whether a question, normalised ({@link QuestionText#normalise}) or with its synonyms made canonical, names a
	 * thing the bank's knowledge base is about ({@link #SUBJECTS}).
	 */
	static boolean namesTheBanksBusiness(String normalised, String canonical) {
		if (!QuestionText.hasHan(normalised)) {
			return ENGLISH_SUBJECTS.matcher(normalised).find();
		}
		return SUBJECTS.stream().anyMatch(word -> normalised.contains(word) || canonical.contains(word))
				|| A_CARD.matcher(normalised).find();
	}

	/**
	 * A card the customer calls just 卡 — at the start, or after a determiner or a verb (我的卡, 这张卡, 卡丢了, 补卡, 卡也在里面)
	 * —, which is theirs at the bank; not a card named by its service (地铁卡, 手机卡, 饭卡), which the list of things not
	 * handled refuses when it names one.
	 */
	private static final Pattern A_CARD = Pattern.compile("(^|[^\\p{IsHan}]|[张了的这那我你他她把被办补换开用刷新旧个也和跟])卡");

	private static final Pattern HOW_TO_DO = Pattern.compile("(怎么|咋|如何|怎样|哪里|在哪)办(?!理)");

	/**
	 * The text with 办 (to apply for) written 办理 where it is followed by one of the knowledge base's words or a card
	 * (怎么办信用卡 → 怎么办理信用卡, 在哪办卡): the segmenter otherwise reads 怎么办 (what can be done) and leaves the question
	 * about repaying a credit card rather than getting one. 卡丢了怎么办 is left as it is.
	 */
	String applying(String text) {
		var matcher = HOW_TO_DO.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String after = text.substring(matcher.end());
			boolean object = after.startsWith("卡") || after.matches("^(一|两|张|个|份)[张个份笔]?.*")
					|| words.stream().anyMatch(after::startsWith);
			matcher.appendReplacement(out, object ? matcher.group() + "理" : matcher.group());
		}
		matcher.appendTail(out);
		return out.toString();
	}

	boolean contains(String word) {
		return words.contains(word);
	}

	/** The most characters a run that {@link #correct} reads may have (its longest word, or sound once heard). */
	int longestRun() {
		return Math.max(longest, heard);
	}

	/**
	 * The text with each run of Chinese characters that is not in the knowledge base but sounds exactly like one of
	 * its words (toneless pinyin) replaced by that word. {@code known} tells whether a run occurs in the knowledge base
	 * as written; a run it knows is never changed, so only a misspelling is corrected.
	 */
	String correct(String text, Function<String, Boolean> known) {
		if (bySound.isEmpty() && phrasingsBySound.isEmpty() && variantsBySound.isEmpty()) {
			return text;
		}
		int longest = Math.max(this.longest, heard);
		List<int[]> spans = phrasingsBySound.isEmpty() ? List.of() : wordSpans(text);
		StringBuilder out = new StringBuilder(text);
		int i = 0;
		while (i < out.length()) {
			int replaced = 0;
			for (int length = Math.min(longest, out.length() - i); length >= 2 && replaced == 0; length--) {
				String run = out.substring(i, i + length);
				if (!run.codePoints().allMatch(DomainLexicon::han) || words.contains(run) || known.apply(run)) {
					continue;
				}
				String sound = pinyin(run);
				String word = bySound.get(sound);
				if (word == null && !overlapsAWord(spans, i, length) && !run.matches(".*[零一二两三四五六七八九十百千万亿几].*")) {
					word = variantsBySound.getOrDefault(sound, phrasingsBySound.get(sound));
					if (word == null && !sound.equals(loose(sound))) {
						word = byLooseSound.getOrDefault(loose(sound), phrasingsByLooseSound.get(loose(sound)));
					}
				}
				if (word != null) {
					out.replace(i, i + length, word);
					replaced = word.length();
				}
			}
			i += replaced == 0 ? 1 : replaced;
		}
		return out.toString();
	}

	/**
	 * Adds the words of the knowledge base's phrasings (two to four Chinese characters, as segmented) to the words a
	 * homophone misspelling is read as ({@link #correct}): a sound shared by two of them, or by one of them and a word
	 * of the lexicon, corrects to neither; the same for their loose sounds ({@link #loose}).
	 */
	void hearing(Collection<String> phrasingWords, Function<String, List<String>> segmenter) {
		this.segmenter = segmenter;
		Map<String, Set<String>> sounds = new HashMap<>();
		for (String word : phrasingWords) {
			if (word.length() >= 2 && word.length() <= 4 && word.codePoints().allMatch(DomainLexicon::han)) {
				for (String sound : sounds(word)) {
					sounds.computeIfAbsent(sound, s -> new HashSet<>()).add(word);
				}
			}
		}
		for (String word : words) {
			sounds.computeIfAbsent(pinyin(word), s -> new HashSet<>()).add(word);
		}
		sounds.forEach((sound, same) -> {
			if (same.size() == 1 && !bySound.containsKey(sound)) {
				phrasingsBySound.put(sound, same.iterator().next());
				heard = Math.max(heard, same.iterator().next().length());
			}
		});
		Map<String, Set<String>> looseSounds = new HashMap<>();
		sounds.forEach((sound, same) -> looseSounds.computeIfAbsent(loose(sound), s -> new HashSet<>()).addAll(same));
		looseSounds.forEach((sound, same) -> {
			if (same.size() == 1 && !byLooseSound.containsKey(sound)) {
				phrasingsByLooseSound.put(sound, same.iterator().next());
			}
		});
	}

	/**
	 * The spans of the text's words of two characters or more as the question is segmented (the lexicon's words, then
	 * smartcn's): a run that overlaps one of them without being it is two words' edges, not a misspelling (自己续上: 己续
	 * is not 继续; 卖出取回: 出取 is not 出去).
	 */
	private List<int[]> wordSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		if (segmenter == null) {
			return spans;
		}
		int cursor = 0;
		for (String token : segment(text, segmenter)) {
			int at = text.indexOf(token, cursor);
			if (at < 0) {
				continue;
			}
			if (token.length() >= 2) {
				spans.add(new int[] { at, at + token.length() });
			}
			cursor = at + token.length();
		}
		return spans;
	}

	private static boolean overlapsAWord(List<int[]> spans, int start, int length) {
		return spans.stream().anyMatch(span -> span[0] < start + length && span[1] > start
				&& !(span[0] == start && span[1] == start + length));
	}

	/**
	 * A toneless pinyin with the retroflex initials written flat (zhi → zi, chu → cu, shu → su) and the back nasal
	 * finals written front (ying → yin, zheng → zhen → zen, jing → jin): the two most common confusions in typing by
	 * sound (投树 → 投诉, 征性 → 征信, 基经 → 基金).
	 */
	static String loose(String sound) {
		return (" " + sound).replace(" zh", " z").replace(" ch", " c").replace(" sh", " s").substring(1)
			.replaceAll("(?<=[aeiu])ng\\b", "n");
	}

	/**
	 * The text with each word of the lexicon that a Chinese question types in pinyin, wholly or in part, written in
	 * Chinese characters (dingqi利率 → 定期利率, 信用卡年fei → 信用卡年费): a run of up to four neighbouring Chinese
	 * characters and Latin words, holding at least one Latin word, whose toneless pinyin written together is that of
	 * exactly one lexicon word. A question without Chinese characters is left alone (it is matched against the English
	 * entries).
	 */
	String fromPinyin(String text) {
		if (bySpelling.isEmpty() || !QuestionText.hasHan(text)) {
			return text;
		}
		List<int[]> units = new ArrayList<>();
		for (int i = 0; i < text.length();) {
			char c = text.charAt(i);
			if (han(c)) {
				units.add(new int[] { i, i + 1, 0 });
				i++;
			}
			else if (c >= 'a' && c <= 'z') {
				int end = i;
				while (end < text.length() && text.charAt(end) >= 'a' && text.charAt(end) <= 'z') {
					end++;
				}
				units.add(new int[] { i, end, 1 });
				i = end;
			}
			else {
				units.add(new int[] { i, i + 1, -1 });
				i++;
			}
		}
		StringBuilder out = new StringBuilder();
		int copied = 0;
		for (int u = 0; u < units.size();) {
			int taken = 0;
			for (int n = Math.min(4, units.size() - u); n >= 1 && taken == 0; n--) {
				List<int[]> window = units.subList(u, u + n);
				if (window.stream().anyMatch(w -> w[2] < 0) || window.stream().noneMatch(w -> w[2] == 1)) {
					continue;
				}
				StringBuilder spelling = new StringBuilder();
				window.forEach(w -> spelling.append(w[2] == 1 ? text.substring(w[0], w[1])
						: pinyin(text.substring(w[0], w[1])).replace(" ", "")));
				String word = bySpelling.get(spelling.toString());
				if (word != null) {
					out.append(text, copied, window.get(0)[0]).append(word);
					copied = window.get(n - 1)[1];
					taken = n;
				}
			}
			u += taken == 0 ? 1 : taken;
		}
		return out.append(text.substring(copied)).toString();
	}

	/**
	 * Splits a text into the lexicon's words, found longest first from left to right, and the stretches between them,
	 * which {@code rest} segments.
	 */
	List<String> segment(String text, Function<String, List<String>> rest) {
		List<String> tokens = new ArrayList<>();
		int start = 0;
		int i = 0;
		while (i < text.length()) {
			int match = 0;
			for (int length = Math.min(longest, text.length() - i); length >= 2; length--) {
				if (words.contains(text.substring(i, i + length))) {
					match = length;
					break;
				}
			}
			if (match == 0) {
				i++;
				continue;
			}
			if (start < i) {
				tokens.addAll(rest.apply(text.substring(start, i)));
			}
			tokens.add(text.substring(i, i + match));
			i += match;
			start = i;
		}
		if (start < text.length()) {
			tokens.addAll(rest.apply(text.substring(start)));
		}
		return tokens;
	}

	/**
	 * Every toneless sound of a word, its syllables apart: the usual one ({@link #pinyin}) and those of the other
	 * readings of its characters (忘还 is wang hai and wang huan), at most 16.
	 */
	static Set<String> sounds(String word) {
		Set<String> sounds = new java.util.LinkedHashSet<>();
		sounds.add(pinyin(word));
		List<String> heads = List.of("");
		for (int i = 0; i < word.length(); i++) {
			Set<String> readings = PinyinReading.readings(word.charAt(i));
			if (readings.isEmpty()) {
				return sounds;
			}
			List<String> next = new ArrayList<>();
			for (String head : heads) {
				for (String reading : readings) {
					if (next.size() < 16) {
						next.add(head.isEmpty() ? reading : head + " " + reading);
					}
				}
			}
			heads = next;
		}
		sounds.addAll(heads);
		return sounds;
	}

	/**
	 * The toneless pinyin of each Chinese character read so far. ICU's Han-Latin reads a run of characters one
	 * character at a time (the run's reading is its characters' readings in turn: so for each of the 149,941 runs of
	 * two to ten characters of the benchmark sets and the demo knowledge base), and {@link #correct} reads every run
	 * of a question, so a run of Chinese characters is read from its characters' readings; any other text through the
	 * transliterator.
	 */
	private static final Map<Integer, String> CHARACTER_SOUNDS = new java.util.concurrent.ConcurrentHashMap<>();

	static String pinyin(String word) {
		if (!word.isEmpty() && word.chars().allMatch(c -> !Character.isSurrogate((char) c) && han(c))) {
			StringBuilder sound = new StringBuilder();
			for (int i = 0; i < word.length(); i++) {
				String syllable = CHARACTER_SOUNDS.computeIfAbsent((int) word.charAt(i),
						c -> transliterated(String.valueOf((char) c.intValue())));
				if (!syllable.isEmpty()) {
					sound.append(sound.isEmpty() ? "" : " ").append(syllable);
				}
			}
			return sound.toString();
		}
		return transliterated(word);
	}

	private static String transliterated(String text) {
		return PINYIN.get().transliterate(text).replaceAll("[^a-z]+", " ").strip();
	}

	private static boolean han(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}
}
