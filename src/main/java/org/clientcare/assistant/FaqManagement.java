package org.clientcare.assistant;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.assistant.FaqEvents.FaqRetired;
import org.clientcare.assistant.internal.FaqEntries;
import org.clientcare.assistant.internal.FaqPublication;
import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FAQ knowledge base (§8). Editors (service agents, branch managers, administrators) write entries; a submitted
 * version is published only when compliance approves it (maker-checker: the editor never decides, an approval of
 * type {@code faq.publication}); every version is kept. An answer that promises returns ({@link AnswerWording}) cannot
 * be submitted. Illegal steps answer {@link Conflict}.
 */
@Service
public class FaqManagement {

	private final Authorization authorization;

	private final IdentityManagement identity;

	/** Who writes FAQ entries; COMPLIANCE publishes them through its approval (SPEC §1). */

	private final FaqEntries entries;

	private final ApprovalManagement approvals;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FaqManagement(FaqEntries entries, ApprovalManagement approvals, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, Authorization authorization,
			IdentityManagement identity) {
		this.identity = identity;
		this.authorization = authorization;
		this.entries = entries;
		this.approvals = approvals;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Writes a new entry as a draft (version 1). */
	@Transactional
	public FaqEntry create(WriteFaqEntry entry) {
		requireEditor();
		long id = entries.insert(entry, CurrentActor.get().username(), clock.instant());
		audit.record("faq.created", "faq", id, null, state(entry, 1));
		return get(id);
	}

	/**
	 * Changes an entry: a draft is rewritten; a published or retired entry gets a new draft version (the published one
	 * keeps answering until the new one is approved); a submitted one waits for its decision ({@link Conflict}).
	 */
	@Transactional
	public FaqEntry edit(long id, WriteFaqEntry entry) {
		requireEditor();
		FaqEntries.Row row = require(id);
		FaqEntry current = row.entry();
		if (!current.language().equals(entry.language())) {
			throw InvalidInput.of("language", "fixed", "An entry keeps its language; write a new entry instead");
		}
		Instant now = clock.instant();
		String by = CurrentActor.get().username();
		int version = current.version();
		switch (current.status()) {
			case SUBMITTED -> throw new Conflict("awaiting-approval", "The entry waits for compliance's decision");
			case DRAFT -> entries.rewriteVersion(id, version, entry, by, now);
			default -> entries.insertVersion(id, ++version, entry, by, now);
		}
		move(row, FaqStatus.DRAFT, version, current.publishedVersion(), null, now);
		audit.record("faq.edited", "faq", id, Map.of("version", current.version(), "status", current.status().name()),
				state(entry, version));
		return get(id);
	}

	/** Submits the draft for compliance's approval; answers the approval request. */
	@Transactional
	public ApprovalRequest submit(long id) {
		requireEditor();
		FaqEntries.Row row = require(id);
		FaqEntry entry = row.entry();
		if (entry.status() != FaqStatus.DRAFT) {
			throw new Conflict("illegal-step", "Only a draft can be submitted; this entry is " + entry.status());
		}
		if (!entry.promises().isEmpty()) {
			throw InvalidInput.of("answer", "promises-returns",
					"The answer must not promise returns or principal: " + String.join(", ", entry.promises()));
		}
		Instant now = clock.instant();
		ApprovalRequest request = approvals.request(FaqPublication.TYPE, new FaqPublication.Payload(id, entry.version()),
				"faq", Long.toString(id), null, "FAQ #" + id + " v" + entry.version() + ": " + entry.question(),
				ApprovalManagement.reasonFrom(entry.answer()));
		entries.submitted(id, entry.version(), CurrentActor.get().username(), now);
		move(row, FaqStatus.SUBMITTED, entry.version(), entry.publishedVersion(), request.id(), now);
		audit.record("faq.submitted", "faq", id, Map.of("status", "DRAFT"),
				Map.of("status", "SUBMITTED", "version", entry.version(), "approval", request.id()));
		return request;
	}

	/** Takes an entry out of the assistant; a submitted one must be decided first. */
	@Transactional
	public FaqEntry retire(long id, String reason) {
		requireRetirer();
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw InvalidInput.of("reason", "required", "Say why the entry is retired (up to 2,000 characters)");
		}
		FaqEntries.Row row = require(id);
		FaqEntry entry = row.entry();
		if (entry.status() == FaqStatus.SUBMITTED || entry.status() == FaqStatus.RETIRED) {
			throw new Conflict("illegal-step", "A " + entry.status() + " entry cannot be retired");
		}
		move(row, FaqStatus.RETIRED, entry.version(), null, null, clock.instant());
		entries.nextGeneration();
		audit.record("faq.retired", "faq", id, Map.of("status", entry.status().name()), Map.of("status", "RETIRED"),
				reason.strip());
		events.publishEvent(new FaqRetired(id));
		return get(id);
	}

	/** An entry with all its versions; any staff member but the integration user reads the knowledge base. */
	@Transactional(readOnly = true)
	public FaqEntry get(long id) {
		requireReader();
		FaqEntry entry = require(id).entry();
		return new FaqEntry(entry.id(), entry.language(), entry.status(), entry.category(), entry.question(),
				entry.alternatives(), entry.answer(), entry.englishAnswer(), entry.keywords(), entry.version(), entry.publishedVersion(),
				entry.approvalId(), entry.promises(), entry.updatedAt(), entries.versions(id));
	}

	/**
	 * Entries with their latest version, most recently changed first, each filter optional (the query matches words of
	 * the question or the answer). The page and its count are read from one snapshot (repeatable read): entries change
	 * status while they are submitted, published and retired, and a page read before a change and a count read after it
	 * would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<FaqEntry> list(FaqStatus status, String language, FaqCategory category, String query, int page,
			int size) {
		requireReader();
		List<FaqEntry> content = entries.list(status, language, category, query, page, size).stream()
			.map(FaqEntries.Row::entry).toList();
		return new ResultPage<>(content, page, size, entries.count(status, language, category, query));
	}

	/** Whether the current user may write entries (for pages). */
	public boolean currentMayEdit() {
		return authorization.can(Permission.FAQ_EDIT);
	}

	private FaqEntries.Row require(long id) {
		return entries.find(id).orElseThrow(() -> new NotFound("FAQ entry", id));
	}

	private void move(FaqEntries.Row row, FaqStatus status, int version, Integer published, Long approval, Instant now) {
		if (!entries.move(row.entry().id(), row.lockVersion(), status, version, published, approval, now)) {
			throw new StaleVersion("FAQ entry " + row.entry().id());
		}
	}

	private void requireEditor() {
		authorization.require(Permission.FAQ_EDIT);
	}

	/** Editors retire entries; compliance, which publishes answers, may withdraw one too. */
	private void requireRetirer() {
		if (!authorization.can(Permission.APPROVE_FAQ_PUBLICATION)) {
			requireEditor();
		}
	}

	/** Staff read the knowledge base; the intake's machine user does not. */
	private void requireReader() {
		if (identity.currentScope().reach() == DataScope.Reach.NONE) {
			throw new Forbidden("not-allowed", "Your role may not read the knowledge base");
		}
	}

	private static Map<String, Object> state(WriteFaqEntry entry, int version) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("version", version);
		state.put("language", entry.language());
		state.put("category", entry.category().name());
		state.put("question", entry.question());
		state.put("answer", entry.answer());
		if (entry.englishAnswer() != null) {
			state.put("englishAnswer", entry.englishAnswer());
		}
		return state;
	}
}
