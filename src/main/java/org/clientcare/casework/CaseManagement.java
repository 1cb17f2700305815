package org.clientcare.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.casework.CaseEvents.CaseCompleted;
import org.clientcare.casework.CaseEvents.CaseOpened;
import org.clientcare.casework.CaseEvents.CasePaused;
import org.clientcare.casework.CaseEvents.CaseRejected;
import org.clientcare.casework.CaseEvents.CaseResumed;
import org.clientcare.casework.CaseEvents.CaseStageEntered;
import org.clientcare.casework.CaseStatus.Step;
import org.clientcare.casework.internal.CaseNotices;
import org.clientcare.casework.internal.CaseRow;
import org.clientcare.casework.internal.CaseScope;
import org.clientcare.casework.internal.CaseTemplates;
import org.clientcare.casework.internal.CaseViews;
import org.clientcare.casework.internal.Cases;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases (业务进度跟踪, §8). Opening fixes the template version and the first stage's due time; every step checks the
 * lifecycle ({@link Conflict} for an illegal step), the caller's role and its case scope ({@link NotFound} outside it),
 * writes the case's history and the audit trail, tells the customer where the stage says so, and publishes an event
 * for the timeline and the KPIs.
 */
@Service
public class CaseManagement {

	private final Cases cases;

	private final CaseTemplates templates;

	private final CaseScope scope;

	private final CaseViews views;

	private final CaseNotices notices;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final CalendarManagement calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final PlatformSettings platform;

	private final PiiCipher pii;

	private final Clock clock;

	CaseManagement(Cases cases, CaseTemplates templates, CaseScope scope, CaseViews views, CaseNotices notices,
			CustomerManagement customers, IdentityManagement identity, Authorization authorization,
			CalendarManagement calendar, AuditTrail audit, ApplicationEventPublisher events, PlatformSettings platform,
			PiiCipher pii, Clock clock) {
		this.cases = cases;
		this.templates = templates;
		this.scope = scope;
		this.views = views;
		this.notices = notices;
		this.customers = customers;
		this.identity = identity;
		this.authorization = authorization;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.platform = platform;
		this.pii = pii;
		this.clock = clock;
	}

	/** Opens a case for a customer the caller sees, in the first stage of its type's current template. */
	@Transactional
	public CaseView open(OpenCase command) {
		Actor actor = CurrentActor.get();
		CustomerRef customer = customers.requireVisible(new CustomerId(command.customerId()));
		authorization.require(Permission.CASE_STEP, Target.customer(customer.orgUnitId(), customer.managerId()));
		List<Long> departments = departments(command.departments());
		CaseTemplate template = templates.current(command.type()).orElseThrow();
		boolean complex = Boolean.TRUE.equals(command.complex());
		CaseTemplate.Stage first = template.stage(1);
		Instant now = clock.instant();
		byte[] mobileHash = mobileHash(customers.contact(customer.id()).phone());
		Instant due = dueAt(now, first.limitFor(complex));
		var created = cases.insert(new Cases.NewCase(customer.id().value(), command.type().name(), template.id(),
				command.title().strip(), command.amount(), complex, due, customer.orgUnitId(), departments,
				actor.username(), now, platform.zone().getId(), mobileHash));
		long id = created.getKey();
		cases.enterStage(id, 1, first.code(), now, actor.username(), null, due);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("caseNo", created.getValue());
		state.put("customerId", customer.id().value());
		state.put("type", command.type().name());
		state.put("templateVersion", template.version());
		state.put("title", command.title().strip());
		state.put("amount", command.amount() == null ? null : command.amount().toPlainString());
		state.put("stage", first.code());
		state.put("stageDueAt", due.toString());
		state.put("departments", command.departments());
		audit.record("case.opened", "case", id, null, state);
		CaseRow row = require(id);
		notices.stageEntered(row, template, first);
		events.publishEvent(new CaseOpened(id, row.caseNo(), customer.id(), command.type(), row.title(),
				customer.orgUnitId(), now));
		return views.full(row);
	}

	@Transactional(readOnly = true)
	public CaseView get(long id) {
		return views.full(require(id));
	}

	/** Cases within the caller's scope: open ones first, soonest due first. */
	@Transactional(readOnly = true)
	public ResultPage<CaseView> list(Long customerId, CaseType type, CaseStatus status, Boolean overdue, int page,
			int size) {
		var filter = scope.current();
		var criteria = new Cases.Criteria(customerId, type == null ? null : type.name(),
				status == null ? null : status.name(), overdue);
		Instant now = clock.instant();
		return new ResultPage<>(views.summaries(cases.list(filter, criteria, now, page, size)), page, size,
				cases.count(filter, criteria, now));
	}

	/** Moves the case into its next stage; from the last stage the case is {@code COMPLETED}. */
	@Transactional
	public CaseView advance(long id, String note) {
		CaseRow row = step(id, Step.ADVANCE);
		String why = optional(note, "note", 2000);
		CaseTemplate template = views.template(row.templateId());
		CaseTemplate.Stage current = template.stage(row.stagePosition());
		Instant now = clock.instant();
		boolean onTime = CaseDeadlines.onTime(now, row.stageDueAt());
		var next = template.after(row.stagePosition());
		String actor = CurrentActor.get().username();
		if (next.isEmpty()) {
			change(row, Map.of("status", CaseStatus.COMPLETED.name(), "closed_at", now));
			cases.leaveStage(id, now);
			cases.event(id, now, actor, "COMPLETED", why);
			audit(row, "completed", Map.of("status", row.status(), "stage", current.code()),
					Map.of("status", CaseStatus.COMPLETED.name()), why);
			events.publishEvent(new CaseCompleted(id, row.caseNo(), new CustomerId(row.customerId()), type(row), now));
			return get(id);
		}
		CaseTemplate.Stage stage = next.get();
		Instant due = dueAt(now, stage.limitFor(row.complex()));
		change(row, Map.of("stage_position", stage.position(), "stage_entered_at", now, "stage_due_at", due,
				"overdue", false, "escalated_at", nothing()));
		cases.enterStage(id, stage.position(), stage.code(), now, actor, why, due);
		audit(row, "advanced", Map.of("stage", current.code()), Map.of("stage", stage.code(), "stageDueAt",
				due.toString()), why);
		notices.stageEntered(row, template, stage);
		events.publishEvent(new CaseStageEntered(id, row.caseNo(), new CustomerId(row.customerId()), type(row),
				stage.code(), stage.nameZh(), stage.nameEn(), now, due, onTime));
		return get(id);
	}

	/** Rejects the case with a reason; the customer is sent the refusal notice at once. */
	@Transactional
	public CaseView reject(long id, String reason) {
		String why = required(reason, "reason", 2000);
		CaseRow row = step(id, Step.REJECT);
		CaseTemplate template = views.template(row.templateId());
		Instant now = clock.instant();
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", CaseStatus.REJECTED.name());
		columns.put("closed_at", now);
		columns.put("reject_reason", why);
		columns.put("paused_at", nothing());
		if (template.refusalNotice() != null) {
			columns.put("refusal_notice_due_at", dueAt(now, template.refusalNotice()));
		}
		change(row, columns);
		cases.leaveStage(id, now);
		cases.event(id, now, CurrentActor.get().username(), "REJECTED", why);
		audit(row, "rejected", Map.of("status", row.status()), Map.of("status", CaseStatus.REJECTED.name()), why);
		notices.rejected(row, template, why);
		events.publishEvent(new CaseRejected(id, row.caseNo(), new CustomerId(row.customerId()), type(row), why, now));
		return get(id);
	}

	/** Pauses the case (waiting for the customer or a third party): the stage clock stops. */
	@Transactional
	public CaseView pause(long id, String reason) {
		String why = required(reason, "reason", 2000);
		CaseRow row = step(id, Step.PAUSE);
		Instant now = clock.instant();
		change(row, Map.of("status", CaseStatus.PAUSED.name(), "paused_at", now));
		cases.event(id, now, CurrentActor.get().username(), "PAUSED", why);
		audit(row, "paused", Map.of("status", row.status()), Map.of("status", CaseStatus.PAUSED.name()), why);
		events.publishEvent(new CasePaused(id, row.caseNo(), new CustomerId(row.customerId()), why, now));
		return get(id);
	}

	/** Resumes a paused case: the stage's due time moves by the time it was paused. */
	@Transactional
	public CaseView resume(long id) {
		CaseRow row = step(id, Step.RESUME);
		Instant now = clock.instant();
		Instant due = CaseDeadlines.resumed(row.stageDueAt(), row.pausedAt(), now);
		change(row, Map.of("status", CaseStatus.OPEN.name(), "paused_at", nothing(), "stage_due_at", due));
		cases.moveStageDue(id, due);
		cases.event(id, now, CurrentActor.get().username(), "RESUMED", due.toString());
		audit(row, "resumed", Map.of("status", row.status(), "stageDueAt", row.stageDueAt().toString()),
				Map.of("status", CaseStatus.OPEN.name(), "stageDueAt", due.toString()), null);
		events.publishEvent(new CaseResumed(id, row.caseNo(), new CustomerId(row.customerId()), now, due));
		return get(id);
	}

	/**
	 * Asks the customer for the missing documents, once and as one list (一次性告知); a second list answers 409.
	 */
	@Transactional
	public CaseView askForDocuments(long id, List<String> documents) {
		List<String> names = documents == null ? List.of()
				: documents.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).distinct().toList();
		if (names.isEmpty() || names.size() > 50 || names.stream().anyMatch(n -> n.length() > 200)) {
			throw InvalidInput.of("documents", "required", "One to 50 documents of up to 200 characters each");
		}
		CaseRow row = step(id, Step.CHECKLIST);
		if (cases.hasChecklist(id)) {
			throw new Conflict("checklist-sent", "The documents were asked for already; ask once, as one list");
		}
		Instant now = clock.instant();
		cases.checklist(id, names);
		change(row, Map.of());
		cases.event(id, now, CurrentActor.get().username(), "CHECKLIST", String.join("、", names));
		audit(row, "checklist", null, Map.of("documents", names), null);
		notices.checklist(row, String.join("、", names));
		return get(id);
	}

	/** Ticks a document of the checklist off as received; one not on the list, or received already, answers 409. */
	@Transactional
	public CaseView documentReceived(long id, long documentId) {
		CaseRow row = step(id, Step.CHECKLIST);
		Instant now = clock.instant();
		if (!cases.received(id, documentId, now, CurrentActor.get().username())) {
			throw new Conflict("not-awaited", "This document is not awaited on this case");
		}
		change(row, Map.of());
		audit(row, "document-received", null, Map.of("document", documentId), null);
		return get(id);
	}

	/** Whether the current user may take case steps (for pages). */
	public boolean currentMayHandle() {
		return authorization.can(Permission.CASE_STEP);
	}

	/** The cases of a customer the caller sees, newest first (the 360 page). */
	@Transactional(readOnly = true)
	public List<CaseView> ofCustomer(CustomerId customer) {
		customers.requireVisible(customer);
		return views.summaries(cases.ofCustomer(customer.value(), scope.current(), 50));
	}

	/** The search hash of a mobile number as the public progress page compares it, none for no number. */
	byte[] mobileHash(String mobile) {
		return MainlandMobile.normalize(mobile).map(m -> pii.searchHash("case-mobile:" + m)).orElse(null);
	}

	private Instant dueAt(Instant from, StageLimit limit) {
		return CaseDeadlines.dueAt(from, limit, platform.zone(), calendar::addWorkingDays);
	}

	private List<Long> departments(List<String> codes) {
		List<Long> ids = new ArrayList<>();
		for (String code : codes) {
			OrgUnit unit = identity.findOrgUnit(code.strip()).orElseThrow(
					() -> InvalidInput.of("departments", "unknown", "No org unit with the code " + code));
			if (!ids.contains(unit.id())) {
				ids.add(unit.id());
			}
		}
		return ids;
	}

	private CaseRow step(long id, Step step) {
		CaseRow row = require(id);
		CustomerRef customer = customers.refs(List.of(new CustomerId(row.customerId())))
			.get(new CustomerId(row.customerId()));
		authorization.require(Permission.CASE_STEP, customer == null ? Target.unit(row.orgUnitId())
				: Target.customer(customer.orgUnitId(), customer.managerId()));
		if (!CaseStatus.valueOf(row.status()).allows(step)) {
			throw new Conflict("illegal-step", "A " + row.status() + " case cannot take the step " + step);
		}
		return row;
	}

	private CaseRow require(long id) {
		return cases.find(id, scope.current()).orElseThrow(() -> new NotFound("Case", id));
	}

	private void change(CaseRow row, Map<String, Object> columns) {
		if (!cases.update(row.id(), row.version(), columns, clock.instant())) {
			throw new StaleVersion("Case " + row.caseNo());
		}
	}

	private void audit(CaseRow row, String step, Map<String, ?> before, Map<String, ?> after, String reason) {
		Map<String, Object> state = new LinkedHashMap<>(after);
		state.put("caseNo", row.caseNo());
		audit.record("case." + step, "case", row.id(), before, state, reason);
	}

	private static CaseType type(CaseRow row) {
		return CaseType.valueOf(row.type());
	}

	/** A SQL null for a column of {@link Cases#update}. */
	private static Object nothing() {
		return new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.TIMESTAMP_WITH_TIMEZONE, null);
	}

	private static String required(String text, String field, int max) {
		if (text == null || text.isBlank() || text.length() > max) {
			throw InvalidInput.of(field, "required", "Up to " + max + " characters, not blank");
		}
		return text.strip();
	}

	private static String optional(String text, String field, int max) {
		if (text != null && text.length() > max) {
			throw InvalidInput.of(field, "size", "Up to " + max + " characters");
		}
		return text == null || text.isBlank() ? null : text.strip();
	}
}
