package org.clientcare.revisit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.revisit.internal.HesitationFallback;
import org.clientcare.revisit.internal.RevisitScope;
import org.clientcare.revisit.internal.RevisitViews;
import org.clientcare.revisit.internal.Revisits;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ListCount;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisits (回访) within the caller's data scope: list and read them, record an attempt's outcome, plan a manual one.
 * A revisit outside the scope answers {@link NotFound}; an outcome for a revisit no longer open answers
 * {@link Conflict}; bad input answers {@link InvalidInput} naming the field. Outcomes and manual revisits are audited.
 */
@Service
public class RevisitManagement {

	private final Authorization authorization;

	static final int MAX_TEXT = 2000;

	private final Revisits revisits;

	private final RevisitScope scope;

	private final RevisitViews views;

	private final CustomerManagement customers;

	private final RevisitSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final org.clientcare.identity.IdentityManagement identity;

	private final HesitationFallback fallback;

	RevisitManagement(Revisits revisits, RevisitScope scope, RevisitViews views, CustomerManagement customers,
			RevisitSettings settings, AuditTrail audit, Clock clock, org.clientcare.identity.IdentityManagement identity,
			Authorization authorization, ApplicationEventPublisher events, HesitationFallback fallback) {
		this.fallback = fallback;
		this.events = events;
		this.authorization = authorization;
		this.revisits = revisits;
		this.scope = scope;
		this.views = views;
		this.customers = customers;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.identity = identity;
	}

	/**
	 * Revisits in scope, by due date. {@code assignee} is {@code me} (the caller), a username, or null for everyone's.
	 * Without a transaction of its own: its page, the page's customer names and (past the page, unless an estimate is
	 * kept) the count are each one statement that needs nothing from the others, and a read-only transaction around
	 * them would add its commit's round trip to every request.
	 */
	public ResultPage<RevisitView> list(String assignee, RevisitStatus status, LocalDate dueBefore, Long customerId,
			int page, int size) {
		return list(assignee, status, null, dueBefore, customerId, page, size);
	}

	/** As {@link #list(String, RevisitStatus, LocalDate, Long, int, int)}, also only those due after {@code dueAfter}. */
	public ResultPage<RevisitView> list(String assignee, RevisitStatus status, LocalDate dueAfter, LocalDate dueBefore,
			Long customerId, int page, int size) {
		Actor actor = CurrentActor.get();
		Long assigneeId = null;
		if ("me".equals(assignee)) {
			assigneeId = actor.userId() == null ? -1L : actor.userId();
		}
		else if (assignee != null && !assignee.isBlank()) {
			assigneeId = identity.findUser(assignee.strip()).map(org.clientcare.identity.StaffUser::id).orElse(-1L);
		}
		var criteria = new Revisits.Criteria(assigneeId, status, dueAfter, dueBefore, customerId);
		var filter = scope.current();
		List<RevisitView> content = views.of(revisits.list(criteria, filter, page, size));
		ListCount total = content.size() < size && (page == 0 || !content.isEmpty())
				? ListCount.exactly((long) page * size + content.size()) : revisits.count(criteria, filter);
		return new ResultPage<>(content, page, size, total);
	}

	/**
	 * Cadence revisits done before ClientCare, as a migration from the previous system brings them (customer → its last
	 * one: the day and the customer's satisfaction where rated): recorded as done, and each customer's next cadence
	 * revisit planned from that day. For the system only (a migration or the demo); answers how many were recorded.
	 * Audited as one migration.
	 */
	@Transactional
	public int recordEarlierRevisits(Map<CustomerId, EarlierRevisit> lastDone) {
		if (!CurrentActor.get().isSystem()) {
			throw new Forbidden("system-only", "Only a migration records earlier revisits");
		}
		Map<Long, EarlierRevisit> days = new java.util.HashMap<>();
		lastDone.forEach((customer, earlier) -> days.put(customer.value(), earlier));
		int recorded = revisits.recordEarlier(days, settings.cadence(), clock.getZone(), clock.instant());
		audit.record("revisit.history-migrated", "revisit", 0L, null, Map.of("recorded", recorded), null);
		return recorded;
	}

	@Transactional(readOnly = true)
	public RevisitView get(long id) {
		return views.of(revisits.find(id, scope.current())).orElseThrow(() -> new NotFound("Revisit", id));
	}

	/** The customer's revisits in scope, open ones first, then the latest closed ones. */
	@Transactional(readOnly = true)
	public List<RevisitView> ofCustomer(long customerId, int limit) {
		return views.of(revisits.list(new Revisits.Criteria(null, null, null, null, customerId), scope.current(), 0, 500))
			.stream()
			.sorted((a, b) -> a.status() == b.status() ? (a.status() == RevisitStatus.OPEN ? a.dueDate().compareTo(b.dueDate())
					: b.dueDate().compareTo(a.dueDate())) : a.status() == RevisitStatus.OPEN ? -1 : b.status() == RevisitStatus.OPEN ? 1 : 0)
			.limit(limit).toList();
	}

	/**
	 * Records an attempt on an open revisit. Reached: the revisit is done with the answers. Not reached: a failed
	 * attempt, and the third ({@code maxAttempts}) makes it {@code UNREACHABLE}. Compliance only reads.
	 */
	@Transactional
	public RevisitView recordOutcome(long id, RevisitOutcome outcome) {
		RevisitView revisit = views.of(revisits.lock(id, scope.current())).orElseThrow(() -> new NotFound("Revisit", id));
		requireWorker(revisit);
		check(outcome);
		if (revisit.status() != RevisitStatus.OPEN) {
			throw new Conflict("revisit-closed", "Revisit " + id + " is " + revisit.status() + "; nothing more to record");
		}
		checkScript(revisit, outcome);
		return record(revisit, outcome, CurrentActor.get().username());
	}

	/** Records an outcome without a scope check: the customer's own answer to the questionnaire. */
	RevisitView record(RevisitView revisit, RevisitOutcome outcome, String by) {
		Instant now = clock.instant();
		if (Boolean.TRUE.equals(outcome.reached())) {
			revisits.done(revisit.id(), outcome.method(), outcome.satisfaction(), blankToNull(outcome.productUsage()),
					blankToNull(outcome.problems()), blankToNull(outcome.suggestions()), blankToNull(outcome.notes()), now, by);
			if (outcome.script() != null && revisit.hesitationEndsOn() != null) {
				revisits.script(revisit.id(), outcome.script());
			}
		}
		else {
			revisits.failedAttempt(revisit.id(), outcome.method(), blankToNull(outcome.notes()),
					revisit.attempts() + 1 >= settings.maxAttempts(), now, by);
		}
		RevisitView after = views.of(revisits.find(revisit.id(), RevisitScope.Filter.all())).orElseThrow();
		if (revisit.reason() == RevisitReason.CADENCE && after.status() != RevisitStatus.OPEN) {
			revisits.replanCadence(revisit.customerId(), settings.cadence().months(revisits.tierOf(revisit.customerId())),
					clock.getZone(), now);
		}
		if (revisit.reason() == RevisitReason.REVERIFICATION && after.status() == RevisitStatus.DONE) {
			customers.recordContactVerified(new CustomerId(revisit.customerId()));
		}
		if (after.status() == RevisitStatus.UNREACHABLE && after.hesitationEndsOn() != null) {
			fallback.send(after, now);
			after = views.of(revisits.find(revisit.id(), RevisitScope.Filter.all())).orElseThrow();
		}
		audit.record("revisit.outcome-recorded", "revisit", revisit.id(), state(revisit), state(after));
		if (after.status() != RevisitStatus.OPEN) {
			events.publishEvent(new RevisitDone(after.id(), new CustomerId(after.customerId()), after.reason(),
					after.status(), now));
		}
		if (!after.misSelling().isEmpty()) {
			events.publishEvent(new MisSellingFound(after.id(), new CustomerId(after.customerId()), purchase(after),
					after.productCode(), after.misSelling(), now));
		}
		return after;
	}

	/** The transaction a post-purchase revisit follows (its source key {@code purchase:<id>}), null for others. */
	private Long purchase(RevisitView revisit) {
		return revisits.sourceKey(revisit.id()).filter(key -> key.startsWith("purchase:"))
			.map(key -> Long.valueOf(key.substring("purchase:".length()))).orElse(null);
	}

	/**
	 * A reached revisit inside a hesitation period answers the whole script (400 naming {@code script} otherwise); other
	 * revisits have none.
	 */
	static void checkScript(RevisitView revisit, RevisitOutcome outcome) {
		if (outcome.script() == null || outcome.script().answers().isEmpty()) {
			if (revisit.hesitationEndsOn() != null && Boolean.TRUE.equals(outcome.reached())) {
				throw InvalidInput.of("script", "required", "Each item of the hesitation-period script with the customer's answer");
			}
			return;
		}
		if (revisit.hesitationEndsOn() == null) {
			throw InvalidInput.of("script", "not-applicable", "Only a revisit inside a hesitation period has a script");
		}
		if (Boolean.TRUE.equals(outcome.reached()) && !outcome.script().complete()) {
			throw InvalidInput.of("script", "incomplete", "Each item of the hesitation-period script needs an answer");
		}
	}

	/** Plans a manual revisit for a customer in scope, due on {@code dueDate} (today when null). */
	@Transactional
	public RevisitView planManual(long customerId, LocalDate dueDate, String notes) {
		CustomerRef customer = customers.requireVisible(new CustomerId(customerId));
		authorization.require(Permission.REVISIT_PLAN, Target.customer(customer.orgUnitId(), customer.managerId()));
		LocalDate today = LocalDate.now(clock);
		LocalDate due = dueDate == null ? today : dueDate;
		var problems = new InvalidInput.Collector();
		if (due.isBefore(today) || due.isAfter(today.plusYears(5))) {
			problems.add("dueDate", "range", "A date from today up to five years ahead");
		}
		if (notes != null && notes.length() > MAX_TEXT) {
			problems.add("notes", "size", "At most " + MAX_TEXT + " characters");
		}
		problems.throwIfAny();
		String key = "manual:" + UUID.randomUUID();
		revisits.plan(customerId, RevisitReason.MANUAL, key, due, clock.instant());
		RevisitView created = views.of(revisits.bySourceKey(key)).orElseThrow();
		if (notes != null && !notes.isBlank()) {
			revisits.note(created.id(), notes.strip());
			created = views.of(revisits.bySourceKey(key)).orElseThrow();
		}
		audit.record("revisit.planned", "revisit", created.id(), null, state(created));
		return created;
	}

	/** Refuses (403) anyone who may not work this revisit: its assignee, its branch manager, administrators. */
	void requireWorker(RevisitView revisit) {
		authorization.require(Permission.REVISIT_OUTCOME, target(revisit));
	}

	/** Whether the current actor may work this revisit (to show its form). */
	public boolean mayWork(RevisitView revisit) {
		return authorization.can(Permission.REVISIT_OUTCOME, target(revisit));
	}

	private Target target(RevisitView revisit) {
		CustomerRef customer = customers.refs(java.util.List.of(new CustomerId(revisit.customerId())))
			.get(new CustomerId(revisit.customerId()));
		Long assignee = revisit.assignee() == null ? null
				: identity.findUser(revisit.assignee()).map(org.clientcare.identity.StaffUser::id).orElse(null);
		return (customer == null ? Target.none() : Target.customer(customer.orgUnitId(), customer.managerId()))
			.assignedTo(assignee);
	}

	static void check(RevisitOutcome outcome) {
		var problems = new InvalidInput.Collector();
		if (outcome == null || outcome.method() == null) {
			problems.add("method", "required", "How the customer was contacted: PHONE, VISIT, SMS, WECHAT, ONLINE or EMAIL");
		}
		if (outcome == null || outcome.reached() == null) {
			problems.add("reached", "required", "Whether the customer was reached");
		}
		if (outcome != null) {
			if (outcome.satisfaction() != null && (outcome.satisfaction() < 1 || outcome.satisfaction() > 5)) {
				problems.add("satisfaction", "range", "Satisfaction from 1 to 5");
			}
			if (outcome.satisfaction() != null && Boolean.FALSE.equals(outcome.reached())) {
				problems.add("satisfaction", "not-reached", "Only a customer who was reached rates satisfaction");
			}
			text(problems, "productUsage", outcome.productUsage());
			text(problems, "problems", outcome.problems());
			text(problems, "suggestions", outcome.suggestions());
			text(problems, "notes", outcome.notes());
		}
		problems.throwIfAny();
	}

	private static void text(InvalidInput.Collector problems, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(field, "size", "At most " + MAX_TEXT + " characters");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Map<String, Object> state(RevisitView revisit) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("customerId", revisit.customerId());
		state.put("reason", revisit.reason().name());
		state.put("dueDate", revisit.dueDate().toString());
		state.put("status", revisit.status().name());
		state.put("attempts", revisit.attempts());
		state.put("method", revisit.method() == null ? null : revisit.method().name());
		state.put("reached", revisit.reached());
		state.put("satisfaction", revisit.satisfaction());
		if (revisit.hesitationEndsOn() != null) {
			state.put("scriptConfirmed", revisit.scriptConfirmed().stream().map(Enum::name).sorted().toList());
			state.put("misSelling", revisit.misSelling().stream().map(Enum::name).sorted().toList());
			state.put("fallback", revisit.fallbackChannel());
		}
		return state;
	}

	/**
	 * Revisit completion (回访完成率) per org unit of the caller's scope over the last {@code days} days up to today:
	 * revisits due, done, and done on time (by their due day) — the institution promises at least 95 %.
	 */
	@Transactional(readOnly = true)
	public List<UnitCompletion> completionByUnit(int days) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		return revisits.completionByUnit(today.minusDays(days), today, clock.getZone().getId(), scope.current()).stream()
			.map(row -> new UnitCompletion(identity.orgUnit(row[0]).map(org.clientcare.identity.OrgUnit::code).orElse("-"),
					row[1], row[2], row[3]))
			.toList();
	}

	/** Completion figures of one unit. */
	public record UnitCompletion(String orgUnit, long due, long done, long onTime) {

		/** Share of due revisits completed on time, in per cent with one decimal. */
		public double onTimeRate() {
			return due == 0 ? 0 : Math.round(1000.0 * onTime / due) / 10.0;
		}
	}
}
