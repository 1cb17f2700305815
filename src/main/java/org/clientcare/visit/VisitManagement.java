package org.clientcare.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientcare.audit.AuditTrail;
import org.clientcare.casework.CaseManagement;
import org.clientcare.casework.CaseView;
import org.clientcare.casework.OpenCase;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.visit.VisitEvents.VisitNeedEscalated;
import org.clientcare.visit.VisitEvents.VisitRecorded;
import org.clientcare.visit.internal.TeamLeaders;
import org.clientcare.visit.internal.VisitRow;
import org.clientcare.visit.internal.Visits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit ledger (拜访记录台账, §8). Whoever may look after a customer ({@code Permission.CUSTOMER_WRITE}: account
 * managers their own customers, branch managers their subtree's, administrators) records visits to it (others 403; a
 * customer outside the scope 404); each visit is audited
 * and published, and a need that needs resources is escalated to the team leader at once. The ledger is read within
 * the customers' scope; the worklist shows a manager's customers due or overdue for a visit by {@link VisitFrequency}.
 */
@Service
public class VisitManagement {

	private final Visits visits;

	private final TeamLeaders leaders;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final VisitSettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	private final RevisitManagement revisits;

	private final CaseManagement cases;

	VisitManagement(Visits visits, TeamLeaders leaders, CustomerManagement customers, IdentityManagement identity,
			Authorization authorization, AuditTrail audit, ApplicationEventPublisher events, VisitSettings settings,
			PlatformSettings platform, Clock clock, RevisitManagement revisits, CaseManagement cases) {
		this.revisits = revisits;
		this.cases = cases;
		this.visits = visits;
		this.leaders = leaders;
		this.customers = customers;
		this.identity = identity;
		this.authorization = authorization;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	/** Records a visit by the current user; a visit cannot lie in the future. */
	@Transactional
	public VisitView record(RecordVisit command) {
		Actor actor = CurrentActor.get();
		CustomerRef customer = customers.requireVisible(new CustomerId(command.customerId()));
		authorization.require(Permission.CUSTOMER_WRITE, Target.customer(customer.orgUnitId(), customer.managerId()));
		if (actor.userId() == null) {
			throw new Forbidden("staff-only", "A visit is recorded by the staff member who made it");
		}
		Instant now = clock.instant();
		Instant occurred = command.occurredAt().toInstant();
		if (occurred.isAfter(now.plusSeconds(300))) {
			throw InvalidInput.of("occurredAt", "range", "A visit is recorded after it took place");
		}
		if (command.followUpOn() != null || command.caseType() != null) {
			var problems = new InvalidInput.Collector();
			if (blankToNull(command.nextSteps()) == null) {
				problems.add("nextSteps", "required", command.followUpOn() != null ? "Say what the revisit is to follow up"
						: "Say what the case is to follow up");
			}
			if (command.followUpOn() != null && command.followUpOn().isBefore(LocalDate.now(clock))) {
				problems.add("followUpOn", "range", "A revisit is planned from today on");
			}
			problems.throwIfAny();
		}
		String escalation = blankToNull(command.escalation());
		long id = visits.insert(new VisitRow(0, customer.id().value(), actor.userId(), customer.orgUnitId(),
				command.kind().name(), command.method().name(), occurred, command.purpose().strip(),
				command.summary().strip(), blankToNull(command.attendees()), blankToNull(command.nextSteps()), escalation,
				escalation == null ? null : now, actor.username(), now, null, null, null, null));
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("customerId", customer.id().value());
		state.put("kind", command.kind().name());
		state.put("method", command.method().name());
		state.put("occurredAt", occurred.toString());
		state.put("purpose", command.purpose().strip());
		state.put("escalation", escalation);
		if (command.followUpOn() != null) {
			// the next steps become a revisit of the customer on that day, in the same transaction as the visit
			RevisitView revisit = revisits.planManual(customer.id().value(), command.followUpOn(),
					command.nextSteps().strip());
			visits.followUp(id, revisit.id(), command.followUpOn());
			state.put("followUpRevisitId", revisit.id());
			state.put("followUpOn", command.followUpOn().toString());
		}
		if (command.caseType() != null) {
			// the next steps become a case of the customer, in the same transaction as the visit
			CaseView opened = caseFrom(id, customer, command.caseType(), command.purpose(), List.of());
			state.put("followUpCaseId", opened.id());
			state.put("followUpCaseNo", opened.caseNo());
		}
		audit.record("visit.recorded", "visit", id, null, state);
		events.publishEvent(new VisitRecorded(id, customer.id(), command.kind(), command.method(),
				command.purpose().strip(), actor.username(), occurred));
		if (escalation != null) {
			leaders.escalate(id, customer.orgUnitId(), customer.customerNo(), escalation, actor.username());
			events.publishEvent(new VisitNeedEscalated(id, customer.id(), escalation, customer.orgUnitId(), now));
		}
		return get(id);
	}

	/**
	 * Turns a recorded visit's next steps into a case of the customer (§8): the case module opens it (its permission
	 * and the customer's scope apply: a visit out of scope 404, a role that may not open cases 403), titled as given or
	 * with the visit's purpose; a visit without next steps 400 naming {@code nextSteps}; a visit that has its case
	 * already 409. Audited ({@code visit.case-opened}).
	 */
	@Transactional
	public VisitView openCase(long visitId, OpenCaseFromVisit command) {
		VisitRow row = visits.find(visitId, customers.scope()).orElseThrow(() -> new NotFound("Visit", visitId));
		if (!cases.currentMayHandle()) {
			throw new Forbidden("case-step", "Opening cases is not among your permissions");
		}
		if (visits.lockHasCase(visitId).orElseThrow(() -> new NotFound("Visit", visitId))) {
			throw new Conflict("visit-case-opened", "A case was opened from this visit already");
		}
		if (row.nextSteps() == null) {
			throw InvalidInput.of("nextSteps", "required", "The visit names no next steps to follow up in a case");
		}
		CustomerRef customer = customers.requireVisible(new CustomerId(row.customerId()));
		String title = blankToNull(command.title()) == null ? row.purpose() : command.title().strip();
		CaseView opened = caseFrom(visitId, customer, command.type(), title, command.departments());
		audit.record("visit.case-opened", "visit", visitId, null, Map.of("followUpCaseId", opened.id(),
				"followUpCaseNo", opened.caseNo(), "type", command.type().name()));
		return get(visitId);
	}

	/** Whether the current user may open cases (to offer turning next steps into one). */
	public boolean currentMayOpenCase() {
		return cases.currentMayHandle();
	}

	private CaseView caseFrom(long visitId, CustomerRef customer, org.clientcare.casework.CaseType type, String title,
			List<String> departments) {
		String caseTitle = title.strip().length() > 200 ? title.strip().substring(0, 200) : title.strip();
		CaseView opened = cases.open(new OpenCase(customer.id().value(), type, caseTitle, null, false, departments));
		visits.followUpCase(visitId, opened.id(), opened.caseNo());
		return opened;
	}

	@Transactional(readOnly = true)
	public VisitView get(long id) {
		VisitRow row = visits.find(id, customers.scope()).orElseThrow(() -> new NotFound("Visit", id));
		return views(List.of(row)).get(0);
	}

	/**
	 * The ledger within the caller's scope, newest first: of one customer, of one visiting manager (username, or
	 * {@code me}), between two days (inclusive, in the institution's zone).
	 */
	@Transactional(readOnly = true)
	public ResultPage<VisitView> ledger(Long customerId, String manager, LocalDate from, LocalDate to, int page,
			int size) {
		Long visitorId = null;
		if (manager != null && !manager.isBlank()) {
			String username = "me".equals(manager) ? CurrentActor.get().username() : manager.strip();
			visitorId = identity.findUser(username).map(StaffUser::id)
				.orElseThrow(() -> InvalidInput.of("manager", "unknown", "No staff member with this username"));
		}
		var criteria = new Visits.Criteria(customerId, visitorId,
				from == null ? null : from.atStartOfDay(platform.zone()).toInstant(),
				to == null ? null : to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(platform.zone()).toInstant());
		var scope = customers.scope();
		return new ResultPage<>(views(visits.list(scope, criteria, page, size)), page, size,
				visits.count(scope, criteria));
	}

	/** The current manager's customers due or overdue for a visit, most overdue first. */
	@Transactional(readOnly = true)
	public List<VisitDue> worklist() {
		Actor actor = CurrentActor.get();
		if (actor.userId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(platform.zone()));
		VisitFrequency frequency = new VisitFrequency(settings);
		List<Visits.Visited> visited = visits.lastVisits(actor.userId(), platform.zone());
		Map<CustomerId, CustomerRef> refs = customers.refs(visited.stream().map(v -> new CustomerId(v.customerId()))
			.collect(Collectors.toSet()));
		List<VisitDue> due = new ArrayList<>();
		for (Visits.Visited v : visited) {
			frequency.nextDue(v.tier(), v.type(), v.lastVisit(), v.since(), today)
				.filter(day -> frequency.onWorklist(day, today))
				.ifPresent(day -> {
					CustomerRef ref = refs.get(new CustomerId(v.customerId()));
					due.add(new VisitDue(v.customerId(), v.customerNo(), ref == null ? null : ref.name(), v.tier(),
							v.lastVisit(), day, day.isBefore(today)));
				});
		}
		due.sort(Comparator.comparing(VisitDue::dueOn).thenComparing(VisitDue::customerId));
		return due;
	}

	/** One page of {@link #worklist()}, taken and counted by the database. */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public ResultPage<VisitDue> worklist(int page, int size) {
		Actor actor = CurrentActor.get();
		if (actor.userId() == null) {
			return new ResultPage<>(List.of(), page, size, 0);
		}
		LocalDate today = LocalDate.now(clock.withZone(platform.zone()));
		LocalDate lastDay = today.plusDays(settings.dueSoonDays());
		List<Visits.Due> rows = visits.due(actor.userId(), settings, platform.zone(), today, lastDay, (long) page * size,
				size);
		Map<CustomerId, CustomerRef> refs = customers.refs(rows.stream().map(d -> new CustomerId(d.customer().customerId()))
			.collect(Collectors.toSet()));
		List<VisitDue> content = rows.stream().map(d -> {
			Visits.Visited v = d.customer();
			CustomerRef ref = refs.get(new CustomerId(v.customerId()));
			return new VisitDue(v.customerId(), v.customerNo(), ref == null ? null : ref.name(), v.tier(), v.lastVisit(),
					d.dueOn(), d.dueOn().isBefore(today));
		}).toList();
		return new ResultPage<>(content, page, size, visits.dueCount(actor.userId(), settings, platform.zone(), today,
				lastDay));
	}

	/** Whether the current user may record visits (for pages). */
	public boolean currentMayRecord() {
		return authorization.can(Permission.CUSTOMER_WRITE);
	}

	private List<VisitView> views(List<VisitRow> rows) {
		Map<CustomerId, CustomerRef> refs = customers.refs(rows.stream().map(r -> new CustomerId(r.customerId()))
			.collect(Collectors.toSet()));
		return rows.stream().map(row -> {
			StaffUser visitor = identity.user(row.visitorId()).orElse(null);
			CustomerRef ref = refs.get(new CustomerId(row.customerId()));
			return new VisitView(row.id(), row.customerId(), ref == null ? null : ref.name(),
					visitor == null ? null : visitor.username(), visitor == null ? null : visitor.displayName(),
					VisitKind.valueOf(row.kind()), VisitMethod.valueOf(row.method()), row.occurredAt(), row.purpose(),
					row.summary(), row.attendees(), row.nextSteps(), row.escalation(), row.escalatedAt(),
					row.recordedBy(), row.recordedAt(), row.followUpRevisitId(), row.followUpOn(), row.followUpCaseId(),
					row.followUpCaseNo());
		}).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
