package org.clientcare.assistant.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The knowledge base as an in-memory Lucene index, built once from the published entries and then only read. Each
 * phrasing of an entry (its question, each alternative, its keywords) is a document of its own, so that a short
 * question meets short texts; an entry scores as its best phrasing. Chinese entries are indexed twice: as words
 * ({@code zh}: the knowledge base's own words of the {@link DomainLexicon} kept whole, the rest segmented by smartcn)
 * and as CJK bigrams ({@code zh2}, the fallback for words the segmenter splits badly); English
 * entries as stemmed English words ({@code en}), and so is a phrasing of a Chinese entry written without Chinese
 * characters (an editor's English phrasing of it). A question with Chinese characters is matched against the Chinese
 * fields, any other against the English one: an English question about a topic only a Chinese entry answers finds that
 * entry through the entry's English phrasings. Before a question is analysed, a run of its characters that the
 * knowledge base does not hold but that sounds exactly like a word of the lexicon (年废, 挂矢) is read as that word.
 *
 * <p>BM25 (k1 1.2, b 0.75) finds the candidate phrasings. An entry's score (0 to 1) is 0.8 × the idf-weighted cosine
 * between the question's terms and its best phrasing's terms plus 0.2 × the share of the question's idf weight its
 * phrasings cover together ({@link #COVERAGE}); a word the knowledge base does not know counts against the score with
 * the highest idf, twice ({@link #UNKNOWN}), which is what makes off-topic questions score low. Numbers (两百, 5万)
 * are left out of both sides: an amount says nothing about what is asked.
 */
public final class KnowledgeIndex {

	static final float K1 = 1.2f;

	static final float BIGRAM_BOOST = 0.5f;

	/**
	 * How much more a word of the question that no phrasing of the knowledge base holds weighs in the question's own
	 * size (the confidence's denominator): twice. Off-topic questions usually name a thing the knowledge base does not
	 * know (医院, 超市, email), so such a word pulls the confidence down harder than a known word left unmatched.
	 */
	static final double UNKNOWN = 2.0;

	private final IndexSearcher searcher;

	private final SynonymMap synonyms;

	private final NotHandled notHandled;

	/** The trained classifier of questions to refuse. */
	private final RefusalClassifier refusals;

	private final Analyzers analyzers;

	private final DomainLexicon lexicon;

	/** Every Chinese text indexed, one a line: what a question's run of characters is looked up in as written. */
	private final String indexedText;

	/**
	 * Every run of two to {@link DomainLexicon#longestRun} Chinese characters of the indexed texts: the runs a question
	 * is looked up in as written ({@link #indexed}), found in a set instead of by a scan of every text.
	 */
	private final Set<String> indexedRuns = new HashSet<>();

	private final int longestIndexedRun;

	private final int entries;

	/** The knowledge base's words by their pinyin, for questions typed in pinyin. */
	private final PinyinReading pinyin;

	/** The English words of the knowledge base, for misspelt words of English questions. */
	private final EnglishSpelling spelling;

	/** Per document (phrasing): whether its entry is an English one. */
	private final List<Boolean> englishEntry;

	/**
	 * Per field: how many phrasings hold each term ({@code docFreq}), read once from the index; a term the map lacks is
	 * held by none. A question asks the statistics of each of its terms and of every term of the phrasings it meets.
	 */
	private final Map<String, Map<BytesRef, Integer>> docFreqs = new HashMap<>();

	/** Per field: how many phrasings have it ({@link CollectionStatistics#docCount}, 0 for none), read once. */
	private final Map<String, Long> docCounts = new HashMap<>();

	/** Per document (phrasing): its entry's id, read once from the stored fields. */
	private final long[] documentEntry;

	/** Per document (phrasing): the stored {@code other} (0 same language, 1 other, 2 other but answers in English). */
	private final int[] documentOther;

	/** Per document (phrasing): its terms per field, for the confidence. */
	private final List<Map<String, Set<String>>> documentTerms = new ArrayList<>();

	/** Per document (phrasing): the idf-weighted size of its terms ({@link #weight}), the cosine's denominator. */
	private final double[] documentWeight;

	/** Per entry: the terms of all its phrasings together, per field. */
	private final Map<Long, Map<String, Set<String>>> entryTerms = new HashMap<>();

	/**
	 * How much of an entry's confidence is how much of the question its phrasings cover together (Σ idf of the
	 * question's terms found in any phrasing of the entry / Σ idf of the question's terms): 0.2; the rest is the best
	 * phrasing's cosine. A long question whose words are spread over an entry's question and alternatives then reaches
	 * the threshold more often; chosen on the tuning sets.
	 */
	static final double COVERAGE = 0.2;

	/**
	 * How much an entry's confidence keeps when the phrasing that found it is written in another language than the
	 * entry (an English phrasing of a Chinese entry): an English question then gets the English entry on the same topic
	 * when there is one, and the Chinese entry only when no English entry covers it. Chosen on the tuning sets.
	 */
	static final double OTHER_LANGUAGE = 0.8;

	/**
	 * What an English phrasing of a Chinese entry with an answer in English keeps instead ({@link #OTHER_LANGUAGE}):
	 * such an entry is the one that answers its topic in English (no English entry covers it), so an English question
	 * about that topic should meet it rather than an English entry sharing only generic words with the question; but
	 * an English entry on the same words still leads it. Chosen on the tuning sets.
	 */
	static final double ANSWERS_IN_ENGLISH = 0.9;

	private KnowledgeIndex(DirectoryReader reader, SynonymMap synonyms, NotHandled notHandled,
			RefusalClassifier refusals, Analyzers analyzers, DomainLexicon lexicon, int entries, List<String> texts,
			List<Long> textEntries, List<Boolean> englishEntry) throws IOException {
		this.refusals = refusals;
		this.englishEntry = englishEntry;
		this.notHandled = notHandled;
		this.lexicon = lexicon;
		this.indexedText = String.join("\n", texts);
		this.searcher = new IndexSearcher(reader);
		this.searcher.setSimilarity(new BM25Similarity(K1, 0.75f));
		for (LeafReaderContext leaf : reader.leaves()) {
			for (FieldInfo field : leaf.reader().getFieldInfos()) {
				Terms fieldTerms = leaf.reader().terms(field.name);
				if (fieldTerms == null) {
					continue;
				}
				Map<BytesRef, Integer> counts = docFreqs.computeIfAbsent(field.name, f -> new HashMap<>());
				TermsEnum iterator = fieldTerms.iterator();
				for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
					counts.merge(BytesRef.deepCopyOf(term), iterator.docFreq(), Integer::sum);
				}
			}
		}
		for (String field : FIELDS.keySet()) {
			CollectionStatistics statistics = searcher.collectionStatistics(field);
			docCounts.put(field, statistics == null ? 0 : statistics.docCount());
		}
		StoredFields stored = reader.storedFields();
		this.documentEntry = new long[reader.maxDoc()];
		this.documentOther = new int[reader.maxDoc()];
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			Document document = stored.document(doc);
			documentEntry[doc] = document.getField("entry").numericValue().longValue();
			documentOther[doc] = document.getField("other").numericValue().intValue();
		}
		this.synonyms = synonyms;
		this.analyzers = analyzers;
		this.entries = entries;
		this.pinyin = PinyinReading.of(texts);
		List<String> spellingTexts = new ArrayList<>(texts);
		synonyms.groups().forEach(group -> spellingTexts.add(String.join(" ", group)));
		this.spelling = EnglishSpelling.of(spellingTexts);
		Set<String> phrasingWords = new HashSet<>();
		for (String text : texts) {
			if (QuestionText.hasHan(text)) {
				phrasingWords.addAll(analyzers.words(text, lexicon));
			}
		}
		lexicon.hearing(phrasingWords, analyzers::segmented);
		this.longestIndexedRun = lexicon.longestRun();
		for (String text : texts) {
			for (int start = 0; start < text.length(); start++) {
				for (int end = start + 1; end <= text.length() && end - start <= longestIndexedRun && han(text.charAt(end - 1)); end++) {
					if (end - start >= 2) {
						indexedRuns.add(text.substring(start, end));
					}
				}
			}
		}
		for (int i = 0; i < texts.size(); i++) {
			Map<String, Set<String>> terms = termsPerField(texts.get(i));
			documentTerms.add(terms);
			Map<String, Set<String>> union = entryTerms.computeIfAbsent(textEntries.get(i), id -> new HashMap<>());
			terms.forEach((field, fieldTerms) -> union.computeIfAbsent(field, f -> new LinkedHashSet<>()).addAll(fieldTerms));
		}
		this.documentWeight = new double[documentTerms.size()];
		for (int i = 0; i < documentTerms.size(); i++) {
			documentWeight[i] = weight(documentTerms.get(i), null);
		}
	}

	/**
	 * An entry to index: its id, language ({@code zh-CN} or {@code en}), phrasings and the editors' keywords (which
	 * also make the {@link DomainLexicon}).
	 */
	public record Entry(long id, String language, List<String> phrasings, List<String> keywords, String englishAnswer) {

		public Entry(long id, String language, List<String> phrasings, List<String> keywords) {
			this(id, language, phrasings, keywords, null);
		}

		public Entry(long id, String language, List<String> phrasings) {
			this(id, language, phrasings, List.of());
		}

		/**
		 * Whether the entry answers English questions itself: an English entry, or a Chinese one with an answer in
		 * English (written for a topic no English entry covers).
		 */
		boolean answersInEnglish() {
			return "en".equals(language) || englishAnswer != null && !englishAnswer.isBlank();
		}
	}

	/** An entry found for a question, with its score from 0 to 1. */
	public record Match(long entryId, double score) {
	}

	/**
	 * What the answer-or-refuse decision ({@link AnswerRule}) is made from: the best entry's score and the second
	 * best's (0 when there is none), the share of the question's weight the best entry's phrasings cover together, the
	 * share of the question's weight in words no phrasing of the knowledge base holds, and whether the question names a
	 * thing the bank's business is about ({@link DomainLexicon#namesTheBanksBusiness}).
	 */
	public record Evidence(double top, double second, double coverage, double unknown, boolean domain) {

		static final Evidence NONE = new Evidence(0, 0, 0, 0, false);
	}

	/**
	 * Why a question got no entry at all, before any score was weighed: a wording rule of financial advice
	 * ({@link AdviceGuard}), an attempt to instruct the assistant ({@link PromptInjection}), a thing the bank does not
	 * handle ({@link NotHandled}), nothing asked (function characters, test words, one stray English word), or the
	 * trained classifier's judgement ({@link RefusalClassifier}).
	 */
	public enum Refusal {
		ADVICE_RULE, PROMPT_INJECTION, NOT_HANDLED, NOTHING_ASKED, ADVICE_CLASSIFIER
	}

	/**
	 * The best entries for a question, best first, and the evidence for answering with the first; when the question
	 * was refused outright, no entry and the reason ({@code null} otherwise).
	 */
	public record Retrieval(List<Match> matches, Evidence evidence, Refusal refusal) {

		public Retrieval(List<Match> matches, Evidence evidence) {
			this(matches, evidence, null);
		}

		static Retrieval refused(Refusal reason) {
			return new Retrieval(List.of(), Evidence.NONE, reason);
		}

		static final Retrieval NONE = refused(Refusal.NOTHING_ASKED);

		/** No entry shares a word with the question: not refused by a rule, only unmatched. */
		static final Retrieval NOTHING_FOUND = new Retrieval(List.of(), Evidence.NONE);
	}

	public static KnowledgeIndex build(Collection<Entry> entries, SynonymMap synonyms) {
		return build(entries, synonyms, NotHandled.EMPTY, RefusalClassifier.NONE);
	}

	/**
	 * The index of the entries with the synonym map, refusing outright a question about a thing on the list of those
	 * the bank does not handle ({@link NotHandled}).
	 */
	public static KnowledgeIndex build(Collection<Entry> entries, SynonymMap synonyms, NotHandled notHandled) {
		List<RefusalClassifier.Example> phrasings = new ArrayList<>();
		entries.forEach(entry -> entry.phrasings().forEach(
				phrasing -> phrasings.add(new RefusalClassifier.Example(RefusalClassifier.Label.ON_TOPIC, phrasing))));
		return build(entries, synonyms, notHandled, Shipped.EXAMPLES.train(phrasings));
	}

	/**
	 * The labelled examples shipped with the application ({@link RefusalClassifier#DEFAULT_EXAMPLES}), read and
	 * prepared for training once per JVM, when an index with a classifier is first built: every index built after it
	 * (a rebuild after each change of the knowledge base) trains its classifier on them and its own phrasings.
	 */
	private static final class Shipped {

		static final RefusalClassifier.Prepared EXAMPLES = RefusalClassifier
			.prepare(RefusalClassifier.read(KnowledgeBaseFile.text(RefusalClassifier.DEFAULT_EXAMPLES)));
	}

	/**
	 * The index of the entries with the synonym map and the list of things not handled, refusing as well the questions
	 * the trained classifier judges to be advice or off topic when their best entry is not strong.
	 */
	static KnowledgeIndex build(Collection<Entry> entries, SynonymMap synonyms, NotHandled notHandled,
			RefusalClassifier refusals) {
		Analyzers analyzers = new Analyzers();
		DomainLexicon lexicon = new DomainLexicon(entries.stream().flatMap(e -> e.keywords().stream()).toList(),
				synonyms);
		var directory = new ByteBuffersDirectory();
		List<String> texts = new ArrayList<>();
		List<Long> textEntries = new ArrayList<>();
		List<Boolean> englishEntry = new ArrayList<>();
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()).setSimilarity(
				new BM25Similarity(K1, 0.75f)))) {
			for (Entry entry : entries) {
				for (String phrasing : entry.phrasings()) {
					String text = lexicon.applying(synonyms.canonicalise(QuestionText.normalise(phrasing)));
					if (text.isBlank()) {
						continue;
					}
					Document document = new Document();
					document.add(new StoredField("entry", entry.id()));
					boolean english = !QuestionText.hasHan(text);
					document.add(new StoredField("other", "en".equals(entry.language()) == english ? 0
							: english && entry.answersInEnglish() ? 2 : 1));
					if (english) {
						document.add(new TextField("en", text, Field.Store.NO));
					}
					else {
						document.add(new TextField("zh", String.join(" ", analyzers.words(text, lexicon)), Field.Store.NO));
						document.add(new TextField("zh2", analyzers.bigramText(text), Field.Store.NO));
					}
					writer.addDocument(document);
					texts.add(text);
					textEntries.add(entry.id());
					englishEntry.add("en".equals(entry.language()));
				}
			}
			writer.forceMerge(1);
			writer.commit();
			return new KnowledgeIndex(DirectoryReader.open(directory), synonyms, notHandled, refusals, analyzers, lexicon,
					entries.size(), texts, textEntries, englishEntry);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How many entries were indexed. */
	public int size() {
		return entries;
	}

	/**
	 * A question of one Latin word and nothing else (test, ok, hello): it asks nothing unless the word is one of the
	 * bank's business (mortgage, overdraft), so it is not answered from a phrasing it happens to share a word with.
	 */
	private static final java.util.regex.Pattern ONE_WORD = java.util.regex.Pattern.compile("[a-z]+[?.!]?");

	/**
	 * A question made of test words only, however many (test test 123, testing, hello test, 测试一下): it asks nothing.
	 */
	private static final java.util.regex.Pattern TEST_WORDS = java.util.regex.Pattern.compile(
			"(?=.*(test|测试))([ ,.!?，。！？~-]|test\\w*|测试\\S{0,3}|hello|hi|hey|ok|okay|[0-9]+|你好|在吗|试试|试一下|一下|abc|asdf\\w*)+");

	/**
	 * A number of instalments inside the word (分24期, 分十二期): the question asks about 分期, and the number, left out
	 * like every number, would otherwise split the word.
	 */
	private static final java.util.regex.Pattern INSTALMENTS = java.util.regex.Pattern.compile(
			"分(?:[0-9]+|[一二三四五六七八九十两]+)个?期");

	/** The best entries for a question, best first, at most {@code limit}, each with its score. */
	public List<Match> search(String question, int limit) {
		return retrieve(question, limit).matches();
	}

	/**
	 * The best entries for a question, best first, at most {@code limit}, with the evidence for answering; none for a
	 * question asking for financial advice ({@link AdviceGuard}), about a thing the bank does not handle
	 * ({@link NotHandled}), made of function characters only ({@link QuestionText#onlyFunctionCharacters}) or of test words
	 * ({@link #TEST_WORDS}), or of one English word that is not the bank's business ({@link #ONE_WORD}).
	 */
	public Retrieval retrieve(String question, int limit) {
		String normalised = QuestionText.normalise(question);
		Retrieval found = retrieveByScore(normalised, limit);
		if (found.refusal() == null && refusals.refusesNormalised(normalised, found.evidence().top())) {
			return Retrieval.refused(Refusal.ADVICE_CLASSIFIER);
		}
		return found;
	}

	/**
	 * {@link #retrieve} without the trained classifier's judgement, of a question normalised by
	 * {@link QuestionText#normalise} (once, for both).
	 */
	private Retrieval retrieveByScore(String normalised, int limit) {
		if (AdviceGuard.asksForAdvice(normalised)) {
			return Retrieval.refused(Refusal.ADVICE_RULE);
		}
		if (PromptInjection.attempts(normalised)) {
			return Retrieval.refused(Refusal.PROMPT_INJECTION);
		}
		if (notHandled.refuses(normalised)) {
			return Retrieval.refused(Refusal.NOT_HANDLED);
		}
		if (QuestionText.onlyFunctionCharacters(normalised) || TEST_WORDS.matcher(normalised.strip()).matches()) {
			return Retrieval.NONE;
		}
		String canonical = synonyms.canonicalise(INSTALMENTS.matcher(MixedEnglish.read(normalised)).replaceAll("分期"));
		String typed = lexicon.fromPinyin(canonical);
		String read = pinyin.read(typed);
		if (!read.equals(typed) && AdviceGuard.asksForAdvice(read)) {
			return Retrieval.refused(Refusal.ADVICE_RULE);
		}
		if (!read.equals(typed) && notHandled.refuses(read + notHandled.spelt(typed))) {
			return Retrieval.refused(Refusal.NOT_HANDLED);
		}
		if (ONE_WORD.matcher(read).matches() && !DomainLexicon.namesTheBanksBusiness(read, read)) {
			return Retrieval.NONE;
		}
		String spelt = spelling.correct(read);
		spelt = spelt.equals(read) ? spelt : synonyms.canonicalise(spelt);
		String text = lexicon.applying(lexicon.correct(spelt, this::indexed));
		if (text.isBlank() || entries == 0) {
			return Retrieval.NOTHING_FOUND;
		}
		try {
			Map<String, Set<String>> questionTerms = termsPerField(text);
			boolean chinese = QuestionText.hasHan(text);
			if (chinese) {
				englishWords(text, questionTerms);
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			questionTerms.forEach((field, terms) -> terms.forEach(term -> query.add(new BoostQuery(
					new TermQuery(new Term(field, term)), FIELDS.get(field)), BooleanClause.Occur.SHOULD)));
			Map<String, Set<String>> focus = focus(text, questionTerms);
			double questionWeight = weight(questionTerms, focus);
			if (questionWeight == 0) {
				return Retrieval.NOTHING_FOUND;
			}
			List<WeighedTerm> weighed = weighed(questionTerms);
			Map<Long, double[]> best = new HashMap<>();
			for (ScoreDoc hit : searcher.search(query.build(), 50).scoreDocs) {
				long entry = documentEntry[hit.doc];
				if (chinese && englishEntry.get(hit.doc)) {
					continue;
				}
				Map<String, Set<String>> phrasing = withEnglishWords(documentTerms.get(hit.doc), questionTerms,
						entryTerms.get(entry));
				double confidence = shared(weighed, phrasing) / Math.sqrt(questionWeight
						* (phrasing == documentTerms.get(hit.doc) ? documentWeight[hit.doc] : weight(phrasing, null)));
				double coverage = shared(weighed, entryTerms.get(entry)) / questionWeight;
				confidence = (1 - COVERAGE) * confidence + COVERAGE * coverage;
				int other = documentOther[hit.doc];
				confidence *= other == 1 ? OTHER_LANGUAGE : other == 2 ? ANSWERS_IN_ENGLISH : 1;
				best.merge(entry, new double[] { confidence, hit.score, coverage },
						(a, b) -> a[0] > b[0] || a[0] == b[0] && a[1] >= b[1] ? a : b);
			}
			List<Map.Entry<Long, double[]>> ranked = new ArrayList<>(best.entrySet());
			ranked.sort(Comparator.<Map.Entry<Long, double[]>>comparingDouble(e -> -e.getValue()[0])
				.thenComparingDouble(e -> -e.getValue()[1]).thenComparingLong(Map.Entry::getKey));
			List<Match> matches = ranked.stream().map(e -> new Match(e.getKey(), Math.min(1.0, e.getValue()[0]))).toList();
			Evidence evidence = new Evidence(matches.isEmpty() ? 0 : matches.get(0).score(),
					matches.size() < 2 ? 0 : matches.get(1).score(), ranked.isEmpty() ? 0 : ranked.get(0).getValue()[2],
					unknownWeight(questionTerms, focus) / questionWeight, DomainLexicon.namesTheBanksBusiness(normalised, text));
			return new Retrieval(matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches),
					evidence);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Moves the English words of a Chinese question that no Chinese phrasing holds (我的credit card年费, 新卡怎么
	 * activate) from the Chinese fields to the English one, where the entries' English phrasings meet them: a Chinese
	 * entry whose English phrasings hold such a word counts it as its own ({@link #withEnglishWords}).
	 */
	private void englishWords(String text, Map<String, Set<String>> questionTerms) throws IOException {
		java.util.regex.Matcher latin = java.util.regex.Pattern.compile("[a-z]{2,}(?: [a-z]{2,})*").matcher(text);
		StringBuilder english = new StringBuilder();
		while (latin.find()) {
			for (String word : latin.group().split(" ")) {
				Set<String> zh = terms("zh", word);
				Set<String> zh2 = terms("zh2", word);
				boolean unknown = true;
				for (String term : zh) {
					unknown &= docFreq("zh", term) == 0;
				}
				if (unknown && !zh.isEmpty()) {
					questionTerms.get("zh").removeAll(zh);
					questionTerms.get("zh2").removeAll(zh2);
					english.append(word).append(' ');
				}
			}
		}
		if (!english.isEmpty()) {
			Set<String> en = terms("en", spelling.correct(english.toString().strip()));
			if (!en.isEmpty()) {
				questionTerms.put("en", en);
			}
		}
	}

	/**
	 * A Chinese phrasing's terms with the English words of the question that the entry's English phrasings hold, as
	 * if the phrasing said them: the English word of a Chinese question counts for the entry that uses it.
	 */
	private static Map<String, Set<String>> withEnglishWords(Map<String, Set<String>> phrasing,
			Map<String, Set<String>> question, Map<String, Set<String>> entry) {
		Set<String> english = question.get("en");
		if (english == null || phrasing.containsKey("en")) {
			return phrasing;
		}
		Set<String> shared = new LinkedHashSet<>(english);
		shared.retainAll(entry.getOrDefault("en", Set.of()));
		if (shared.isEmpty()) {
			return phrasing;
		}
		Map<String, Set<String>> with = new HashMap<>(phrasing);
		with.put("en", shared);
		return with;
	}

	private static final Map<String, Float> FIELDS = Map.of("zh", 1f, "zh2", BIGRAM_BOOST, "en", 1f);

	private static Map<String, Float> fields(String text) {
		return QuestionText.hasHan(text) ? Map.of("zh", 1f, "zh2", BIGRAM_BOOST) : Map.of("en", 1f);
	}

	/** The terms of a text in each field it is matched in. */
	private Map<String, Set<String>> termsPerField(String text) throws IOException {
		Map<String, Set<String>> terms = new HashMap<>();
		for (String field : fields(text).keySet()) {
			terms.put(field, terms(field, text));
		}
		return terms;
	}

	/**
	 * The idf-weighted size of a text's terms (Σ boost × idf, a question's words unknown to the index counted
	 * {@link #UNKNOWN} times); the weight of the terms it shares with another text is {@link #shared}.
	 */
	private double weight(Map<String, Set<String>> terms, Map<String, Set<String>> focus) throws IOException {
		double weight = 0;
		for (var field : terms.entrySet()) {
			Float boost = FIELDS.get(field.getKey());
			long docCount = docCount(field.getKey());
			for (String term : field.getValue()) {
				int docFreq = docFreq(field.getKey(), term);
				weight += boost * idf(docFreq, docCount) * (docFreq == 0 ? UNKNOWN * inFocus(focus, field.getKey(), term) : 1);
			}
		}
		return weight;
	}

	/** A term of a question in its field, with its weight there (boost × idf). */
	private record WeighedTerm(String field, String term, double weight) {
	}

	/** The question's terms with their weights (boost × idf), in the question's order. */
	private List<WeighedTerm> weighed(Map<String, Set<String>> terms) throws IOException {
		List<WeighedTerm> weighed = new ArrayList<>();
		for (var field : terms.entrySet()) {
			Float boost = FIELDS.get(field.getKey());
			long docCount = docCount(field.getKey());
			for (String term : field.getValue()) {
				weighed.add(new WeighedTerm(field.getKey(), term, boost * idf(docFreq(field.getKey(), term), docCount)));
			}
		}
		return weighed;
	}

	/**
	 * The weight of the question's terms that another text shares (Σ boost × idf of those terms, each counted once),
	 * from the question's terms weighed once ({@link #weighed}).
	 */
	private static double shared(List<WeighedTerm> question, Map<String, Set<String>> other) {
		double weight = 0;
		for (WeighedTerm term : question) {
			if (other.getOrDefault(term.field(), Set.of()).contains(term.term())) {
				weight += term.weight();
			}
		}
		return weight;
	}

	/**
	 * How much a term of a long question weighs outside the clause that asks ({@link #focus}): half. A customer who
	 * tells a story before the question (钱包让人偷了 … 赶紧帮我停掉, 今天在网点排了两个小时 态度还差 我要投诉) is asking
	 * what the last clause, or the clause with a question word, asks; the story's words still count, for less.
	 */
	static final double STORY = 0.35;

	/** A long question is one of at least this many characters in at least three clauses. */
	static final int LONG_QUESTION = 16;

	private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile("[\\s,，。.;；!！?？、:：]+");

	private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
			"吗|呢|怎么|怎样|如何|能不能|能否|可不可以|可以|是不是|会不会|有没有|要不要|什么|啥|哪|谁|多少|多久|几|为什么|咋|么");

	/**
	 * The terms of the clause a long question asks in — the last clause with a question word (吗, 怎么, 能不能 …), else
	 * the last clause — or {@code null} for a short question, whose terms all weigh alike.
	 */
	private Map<String, Set<String>> focus(String text, Map<String, Set<String>> questionTerms) throws IOException {
		String[] clauses = CLAUSES.split(text.strip());
		if (!QuestionText.hasHan(text) || clauses.length < 2 || text.replaceAll("\\s", "").length() < LONG_QUESTION) {
			return null;
		}
		String asking = clauses[clauses.length - 1];
		for (int i = clauses.length - 1; i >= 0; i--) {
			if (ASKS.matcher(clauses[i]).find()) {
				asking = clauses[i];
				break;
			}
		}
		Map<String, Set<String>> focus = termsPerField(asking);
		if (questionTerms.containsKey("en")) {
			focus.put("en", questionTerms.get("en"));
		}
		return focus;
	}

	private static double inFocus(Map<String, Set<String>> focus, String field, String term) {
		return focus == null || focus.getOrDefault(field, Set.of()).contains(term) ? 1 : STORY;
	}

	/** The part of a question's weight ({@link #weight}) in terms no phrasing holds. */
	private double unknownWeight(Map<String, Set<String>> terms, Map<String, Set<String>> focus) throws IOException {
		double weight = 0;
		for (var field : terms.entrySet()) {
			long docCount = docCount(field.getKey());
			for (String term : field.getValue()) {
				if (docFreq(field.getKey(), term) == 0) {
					weight += FIELDS.get(field.getKey()) * idf(0, docCount) * UNKNOWN * inFocus(focus, field.getKey(), term);
				}
			}
		}
		return weight;
	}

	/** The distinct terms the field's analyser makes of the text. */
	Set<String> terms(String field, String text) throws IOException {
		Set<String> terms = new LinkedHashSet<>();
		Analyzer analyzer = analyzers.perField();
		if ("zh".equals(field)) {
			analyzers.words(text, lexicon).stream().filter(word -> !Analyzers.number(word)).forEach(terms::add);
			return terms;
		}
		try (TokenStream stream = analyzer.tokenStream(field, "zh2".equals(field) ? analyzers.bigramText(text) : text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (!Analyzers.number(term)) {
					terms.add(term.toString());
				}
			}
			stream.end();
		}
		return terms;
	}

	/**
	 * Whether the text occurs in an indexed text as written: a run of two to {@link #longestIndexedRun} Chinese
	 * characters is looked up in {@link #indexedRuns}, which holds every such run of the texts; any other text is
	 * searched for.
	 */
	private boolean indexed(String text) {
		if (text.length() < 2 || text.length() > longestIndexedRun) {
			return indexedText.contains(text);
		}
		for (int i = 0; i < text.length(); i++) {
			if (!han(text.charAt(i))) {
				return indexedText.contains(text);
			}
		}
		return indexedRuns.contains(text);
	}

	private static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** How many phrasings hold the term in the field, as the index counts it ({@code IndexReader#docFreq}). */
	private int docFreq(String field, String term) {
		Map<BytesRef, Integer> counts = docFreqs.get(field);
		return counts == null ? 0 : counts.getOrDefault(new BytesRef(term), 0);
	}

	/** How many phrasings have the field ({@link CollectionStatistics#docCount}, 0 for none). */
	private long docCount(String field) throws IOException {
		Long count = docCounts.get(field);
		if (count != null) {
			return count;
		}
		CollectionStatistics statistics = searcher.collectionStatistics(field);
		return statistics == null ? 0 : statistics.docCount();
	}

	/** Lucene's BM25 idf: {@code ln(1 + (N − n + 0.5) / (n + 0.5))}. */
	static double idf(long docFreq, long docCount) {
		return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
	}
}
