package org.clientcare.assistant;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.assistant.internal.AskedQuestions;
import org.clientcare.assistant.internal.FaqEntries;
import org.clientcare.assistant.internal.KnowledgeBase;
import org.clientcare.assistant.internal.NotHandledThings;
import org.clientcare.assistant.internal.Synonyms;
import org.clientcare.assistant.retrieval.AnswerRule;
import org.clientcare.assistant.retrieval.KnowledgeIndex;
import org.clientcare.assistant.retrieval.NotHandled;
import org.clientcare.assistant.retrieval.QuestionText;
import org.clientcare.assistant.retrieval.SynonymMap;
import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 24-hour assistant (§8): answers a question with the best published entry and up to two alternatives when the
 * {@link AnswerRule} of its settings is met; otherwise it says it is not sure and offers a person. Every
 * question is logged masked ({@link QuestionMasking}) with whether it was answered; the unanswered ones form the
 * editors' gap list. Drafts and submitted versions are never answered: only published versions are indexed.
 */
@Service
public class AssistantManagement {

	private final Authorization authorization;

	private final KnowledgeBase knowledge;

	private final AskedQuestions questions;

	private final Synonyms synonyms;

	private final NotHandledThings notHandled;

	private final FaqEntries entries;

	private final FaqManagement faq;

	private final AuditTrail audit;

	private final AssistantSettings settings;

	private final Clock clock;

	AssistantManagement(KnowledgeBase knowledge, AskedQuestions questions, Synonyms synonyms,
			NotHandledThings notHandled, FaqEntries entries, FaqManagement faq, AuditTrail audit, AssistantSettings settings,
			Clock clock, Authorization authorization) {
		this.notHandled = notHandled;
		this.authorization = authorization;
		this.knowledge = knowledge;
		this.questions = questions;
		this.synonyms = synonyms;
		this.entries = entries;
		this.faq = faq;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Answers a question. {@code language} ({@code zh-CN} or {@code en}, else taken from the question) sets the
	 * language of the suggested pages; the answer is in the question's own language: a Chinese entry that has an
	 * English answer gives it, with its first English phrasing as the question, to a question written without Chinese
	 * characters. A question is matched against the phrasings written in its language, an English phrasing of a Chinese
	 * entry included.
	 */
	@Transactional
	public AssistantAnswer ask(String question, String language) {
		if (question == null || question.isBlank() || question.length() > settings.maxQuestionLength()) {
			throw InvalidInput.of("question", "required",
					"A question of 1 to " + settings.maxQuestionLength() + " characters");
		}
		if (language != null && !language.isBlank() && !language.equals("zh-CN") && !language.equals("en")) {
			throw InvalidInput.of("language", "unknown", "zh-CN or en");
		}
		String lang = language == null || language.isBlank() ? (QuestionText.hasHan(question) ? "zh-CN" : "en") : language;
		KnowledgeBase.Snapshot snapshot = knowledge.current();
		KnowledgeIndex.Retrieval retrieval = snapshot.index().retrieve(question, 1 + settings.alternatives());
		List<KnowledgeIndex.Match> matches = retrieval.matches();
		AnswerRule rule = settings.rule();
		boolean sure = rule.answers(retrieval.evidence());
		List<AssistantAnswer.Answer> answers = new ArrayList<>();
		for (KnowledgeIndex.Match match : matches) {
			FaqEntries.Published entry = snapshot.entries().get(match.entryId());
			if (sure && match.score() >= rule.bar(retrieval.evidence()) && entry != null) {
				answers.add(inLanguage(entry, QuestionText.hasHan(question) ? "zh-CN" : "en",
						Math.round(match.score() * 1000) / 1000.0));
			}
		}
		boolean answered = !answers.isEmpty();
		String masked = QuestionMasking.mask(question.strip());
		questions.log(clock.instant(), masked, key(masked), lang, answered, matches.isEmpty() ? null : matches.get(0).entryId(),
				matches.isEmpty() ? 0 : matches.get(0).score(),
				retrieval.refusal() != null ? retrieval.refusal().name() : "LOW_SCORE");
		return new AssistantAnswer(answered, answers, suggestions(masked, lang, answered));
	}

	/**
	 * An entry's answer for a question in a language: a Chinese entry's English answer, under its first English
	 * phrasing (or its own question when it has none), for a question in English; otherwise the entry as written.
	 */
	static AssistantAnswer.Answer inLanguage(FaqEntries.Published entry, String language, double score) {
		if ("en".equals(language) && !"en".equals(entry.language()) && entry.englishAnswer() != null) {
			String question = entry.alternatives().stream().filter(a -> !QuestionText.hasHan(a)).findFirst()
				.orElse(entry.question());
			return new AssistantAnswer.Answer(entry.id(), question, entry.englishAnswer(), score);
		}
		return new AssistantAnswer.Answer(entry.id(), entry.question(), entry.answer(), score);
	}

	/**
	 * The unanswered questions, most often asked first, for editors. The page and its count are read from one snapshot
	 * (repeatable read): gaps open while questions go unanswered and close while editors answer or dismiss them, and a
	 * page read before a change and a count read after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<AskedQuestions.Gap> gaps(int page, int size) {
		requireGapReader();
		return new ResultPage<>(questions.gaps(page, size), page, size, questions.gapCount());
	}

	/** Writes a draft entry answering a gap; the gap's questions leave the list. */
	@Transactional
	public FaqEntry answerGap(String key, WriteFaqEntry entry) {
		FaqEntry created = faq.create(entry);
		questions.close(key, "DRAFTED", created.id());
		return created;
	}

	/** Takes a gap off the list (the question is out of scope); answers how many questions it held. */
	@Transactional
	public int dismissGap(String key) {
		authorization.require(Permission.FAQ_EDIT);
		int closed = questions.close(key, "DISMISSED", null);
		audit.record("assistant.gap-dismissed", "assistant_question", key, null, Map.of("questions", closed));
		return closed;
	}

	/** The synonym map in force, with its version. */
	@Transactional(readOnly = true)
	public Synonyms.Version synonyms() {
		return synonyms.current();
	}

	/**
	 * Replaces the synonym map (administrators): one group per line, words separated by commas. Refuses a line with a
	 * single word or a word already in another group, naming the line. The index is rebuilt on every instance.
	 */
	@Transactional
	public Synonyms.Version changeSynonyms(String lines, String reason, int basedOn) {
		authorization.require(Permission.ADMINISTER);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw InvalidInput.of("reason", "required", "Say why the synonym map changes");
		}
		if (lines == null || lines.length() > 100_000) {
			throw InvalidInput.of("lines", "size", "At most 100,000 characters");
		}
		try {
			SynonymMap.parse(lines);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("lines", "invalid", e.getMessage());
		}
		Synonyms.Version before = synonyms.current();
		if (before.version() != basedOn || !synonyms.store(before.version(), lines, CurrentActor.get().username(),
				clock.instant(), reason.strip())) {
			throw new Conflict("synonyms-changed", "The synonym map was changed since you read it");
		}
		entries.nextGeneration();
		audit.record("assistant.synonyms-changed", "assistant_synonym_set", before.version() + 1,
				Map.of("version", before.version(), "lines", before.lines()), Map.of("version", before.version() + 1,
						"lines", lines), reason.strip());
		return synonyms.current();
	}

	/** The list of the things the bank does not handle in force, with its version. */
	@Transactional(readOnly = true)
	public NotHandledThings.Version notHandled() {
		return notHandled.current();
	}

	/**
	 * Replaces the list of the things the bank does not handle (administrators): one thing per line, its other names
	 * after commas. Refuses a name that is one of the bank's own things or stands on an earlier line, naming the line.
	 * The index is rebuilt on every instance.
	 */
	@Transactional
	public NotHandledThings.Version changeNotHandled(String lines, String reason, int basedOn) {
		authorization.require(Permission.ADMINISTER);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw InvalidInput.of("reason", "required", "Say why the list of things not handled changes");
		}
		if (lines == null || lines.length() > 100_000) {
			throw InvalidInput.of("lines", "size", "At most 100,000 characters");
		}
		try {
			NotHandled.parse(lines);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("lines", "invalid", e.getMessage());
		}
		NotHandledThings.Version before = notHandled.current();
		if (before.version() != basedOn || !notHandled.store(before.version(), lines, CurrentActor.get().username(),
				clock.instant(), reason.strip())) {
			throw new Conflict("not-handled-changed", "The list of things not handled was changed since you read it");
		}
		entries.nextGeneration();
		audit.record("assistant.not-handled-changed", "assistant_not_handled_set", before.version() + 1,
				Map.of("version", before.version(), "lines", before.lines()), Map.of("version", before.version() + 1,
						"lines", lines), reason.strip());
		return notHandled.current();
	}

	/** Questions asked since a number of days and how many were answered: {@code [asked, answered]}. */
	@Transactional(readOnly = true)
	public long[] counts(int days) {
		return questions.counts(clock.instant().minus(java.time.Duration.ofDays(days)));
	}

	private List<AssistantAnswer.Suggestion> suggestions(String masked, String language, boolean answered) {
		String q = URLEncoder.encode(masked, StandardCharsets.UTF_8);
		String lang = "&lang=" + language;
		List<AssistantAnswer.Suggestion> suggestions = new ArrayList<>();
		suggestions.add(new AssistantAnswer.Suggestion("INQUIRY", "/public/assistant/inquiry?question=" + q + lang));
		if (!answered) {
			suggestions.add(new AssistantAnswer.Suggestion("COMPLAINT", "/public/complaints?content=" + q + lang));
			suggestions.add(new AssistantAnswer.Suggestion("APPOINTMENT", "/public/appointments?notes=" + q + lang));
		}
		return suggestions;
	}

	/** Questions that differ only in case, width, traditional characters, spaces or punctuation are one gap. */
	static String key(String masked) {
		String key = QuestionText.normalise(masked).replaceAll("[\\p{P}\\p{S}\\s]+", "");
		return key.isEmpty() ? masked.strip() : key.length() > 500 ? key.substring(0, 500) : key;
	}

	/** The gap list is read by FAQ editors and by compliance, which publishes answers. */
	/** Whether the current actor may read the gap list: FAQ editors and those who approve FAQ publications. */
	public boolean currentMayReadGaps() {
		return authorization.can(Permission.APPROVE_FAQ_PUBLICATION) || authorization.can(Permission.FAQ_EDIT);
	}

	private void requireGapReader() {
		if (!authorization.can(Permission.APPROVE_FAQ_PUBLICATION)) {
			authorization.require(Permission.FAQ_EDIT);
		}
	}
}
