package org.clientcare.privacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.customer.ConsentPurpose;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerScope;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Permission;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Target;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.privacy.internal.PrivacyRequests;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-subject requests (个人信息主体权利请求, SPEC §11). Registration fixes the due date on the official calendar
 * ({@link PrivacySettings#answerWithinWorkingDays()} working days after the day of receipt); compliance assigns and
 * answers. Answering a deletion puts the customer in the restricted state: the law (AML retention, 10 years after the
 * relationship ends) does not allow deleting it yet, and the {@code retention} job anonymises it when it does. Every
 * step is audited; a request outside the caller's customer scope is {@link NotFound}; a step on an answered request
 * is a {@link Conflict}.
 */
@Service
public class PrivacyManagement {

	private final PrivacyRequests requests;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final CalendarManagement calendar;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final PrivacySettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	PrivacyManagement(PrivacyRequests requests, CustomerManagement customers, IdentityManagement identity,
			CalendarManagement calendar, Authorization authorization, AuditTrail audit, PrivacySettings settings,
			PlatformSettings platform, Clock clock) {
		this.requests = requests;
		this.customers = customers;
		this.identity = identity;
		this.calendar = calendar;
		this.authorization = authorization;
		this.audit = audit;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	/** Registers a request taken from any channel; it is due {@code answerWithinWorkingDays} working days later. */
	@Transactional
	public PrivacyRequestView register(RegisterPrivacyRequest command) {
		authorization.require(Permission.PRIVACY_REQUEST_REGISTER);
		LocalDate today = LocalDate.now(clock.withZone(platform.zone()));
		LocalDate received = command.receivedOn() == null ? today : command.receivedOn();
		if (received.isAfter(today)) {
			throw InvalidInput.of("receivedOn", "future", "A request cannot arrive after today");
		}
		CustomerRef customer = customers.requireVisible(new CustomerId(command.customerId()));
		authorization.require(Permission.PRIVACY_REQUEST_REGISTER, Target.customer(customer.orgUnitId(), customer.managerId()));
		LocalDate due = calendar.addWorkingDays(received, settings.answerWithinWorkingDays());
		String details = command.details() == null || command.details().isBlank() ? null : command.details().strip();
		long id = requests.insert(customer.id().value(), customer.orgUnitId(), command.kind().name(),
				command.channel().name(), details, received, due, CurrentActor.get().username(), clock.instant());
		PrivacyRequestView view = get(id);
		audit.record("privacy-request.registered", "privacy-request", id, null, state(view));
		return view;
	}

	@Transactional(readOnly = true)
	public PrivacyRequestView get(long id) {
		return view(require(id));
	}

	/** Requests within the caller's scope, open ones first by due date. */
	@Transactional(readOnly = true)
	public ResultPage<PrivacyRequestView> list(PrivacyRequestStatus status, PrivacyRequestKind kind, Boolean overdue,
			Long customerId, int page, int size) {
		var criteria = new PrivacyRequests.Criteria(status == null ? null : status.name(), kind == null ? null : kind.name(),
				overdue, customerId, today());
		CustomerScope scope = customers.scope();
		List<PrivacyRequestView> content = requests.list(criteria, scope, page, size).stream().map(this::view).toList();
		return new ResultPage<>(content, page, size, requests.count(criteria, scope));
	}

	/** Gives an open request to a staff member who may handle it. */
	@Transactional
	public PrivacyRequestView assign(long id, String assignee) {
		PrivacyRequests.Row row = require(id);
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE, Target.unit(row.orgUnitId()));
		StaffUser user = identity.findUser(assignee == null ? "" : assignee.strip())
			.filter(u -> u.enabled() && u.role().may(Permission.PRIVACY_REQUEST_HANDLE))
			.orElseThrow(() -> InvalidInput.of("assignee", "unknown", "No active staff member who handles such requests"));
		if (!requests.assign(id, user.id())) {
			throw answered(row);
		}
		audit.record("privacy-request.assigned", "privacy-request", id,
				mapOf("assignee", row.assigneeId() == null ? null : username(row.assigneeId())),
				Map.of("assignee", user.username()));
		return get(id);
	}

	/**
	 * Answers an open request. A refusal keeps the customer as it is; a deletion that is not refused restricts the
	 * customer (kept for the retention the law requires, not processed, not contacted), the other kinds are
	 * fulfilled as asked.
	 */
	@Transactional
	public PrivacyRequestView answer(long id, String answer, boolean refused) {
		return answer(id, answer, refused, null, null);
	}

	/** The fields a correction may change: the customer's own data, not its identity document or its state. */
	public static final java.util.Set<String> CORRECTABLE = java.util.Set.of("name", "phone", "email", "address", "birthDate",
			"occupation", "familyStatus");

	/**
	 * Answers an open request, fulfilling it as asked unless refused: a correction applies {@code corrections} (field →
	 * corrected value, {@link #CORRECTABLE}) through the customer module, audited there as {@code customer.corrected};
	 * a consent withdrawal withdraws each of {@code withdrawals}, audited as {@code customer.consent-withdrawn}; a
	 * deletion restricts the customer. A correction without corrections or a withdrawal without purposes is 400.
	 */
	@Transactional
	public PrivacyRequestView answer(long id, String answer, boolean refused, Map<String, Object> corrections,
			java.util.Set<ConsentPurpose> withdrawals) {
		PrivacyRequests.Row row = require(id);
		authorization.require(Permission.PRIVACY_REQUEST_HANDLE, Target.unit(row.orgUnitId()));
		if (answer == null || answer.isBlank()) {
			throw InvalidInput.of("answer", "required", "Write the answer given to the customer");
		}
		PrivacyRequestKind kind = PrivacyRequestKind.valueOf(row.kind());
		PrivacyOutcome outcome = refused ? PrivacyOutcome.REFUSED
				: kind == PrivacyRequestKind.DELETION ? PrivacyOutcome.RESTRICTED : PrivacyOutcome.FULFILLED;
		Map<String, Object> corrected = new LinkedHashMap<>();
		if (outcome == PrivacyOutcome.FULFILLED && kind == PrivacyRequestKind.CORRECTION) {
			if (corrections != null) {
				corrections.forEach((field, value) -> {
					if (value != null && !(value instanceof String text && text.isBlank())) {
						corrected.put(field, value);
					}
				});
			}
			if (corrected.isEmpty()) {
				throw InvalidInput.of("corrections", "required", "Give the corrected values the customer asked for");
			}
			corrected.keySet().stream().filter(field -> !CORRECTABLE.contains(field)).findFirst().ifPresent(field -> {
				throw InvalidInput.of("corrections." + field, "not-correctable", "A correction cannot change " + field);
			});
		}
		if (outcome == PrivacyOutcome.FULFILLED && kind == PrivacyRequestKind.CONSENT_WITHDRAWAL
				&& (withdrawals == null || withdrawals.isEmpty())) {
			throw InvalidInput.of("withdrawals", "required", "Name the consents the customer withdraws");
		}
		if (!requests.answer(id, outcome.name(), answer.strip(), clock.instant(), CurrentActor.get().username())) {
			throw answered(row);
		}
		if (outcome == PrivacyOutcome.RESTRICTED) {
			customers.restrict(new CustomerId(row.customerId()), "Deletion requested (" + row.requestNo()
					+ "); kept for the retention the law requires");
		}
		Map<String, Object> done = new LinkedHashMap<>();
		if (!corrected.isEmpty()) {
			done.put("corrected", String.join(",", customers.correct(new CustomerId(row.customerId()), corrected,
					"Correction requested (" + row.requestNo() + ")")));
		}
		if (outcome == PrivacyOutcome.FULFILLED && kind == PrivacyRequestKind.CONSENT_WITHDRAWAL) {
			withdrawals.stream().sorted().forEach(purpose -> customers.withdrawConsent(new CustomerId(row.customerId()),
					purpose, "Consent withdrawal requested (" + row.requestNo() + ")"));
			done.put("withdrawn", withdrawals.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(",")));
		}
		PrivacyRequestView view = get(id);
		Map<String, Object> after = new LinkedHashMap<>(state(view));
		after.putAll(done);
		audit.record("privacy-request.answered", "privacy-request", id, Map.of("status", row.status()), after);
		return view;
	}

	/** The read model of the KPIs over everything the caller reaches; see {@link #figures(LocalDate, LocalDate, String)}. */
	@Transactional(readOnly = true)
	public PrivacyRequestFigures figures(LocalDate from, LocalDate to) {
		return figures(from, to, null);
	}

	/**
	 * The read model of the KPIs (the on-time rate of data-subject requests): answered on time between two days, and
	 * what is open and overdue today, within the caller's customer scope and, given {@code orgUnit}, that unit's
	 * subtree. Needs the KPI reading permission; a unit that does not exist or lies outside the caller's reach is
	 * {@link NotFound}, as on the KPI dashboard.
	 */
	@Transactional(readOnly = true)
	public PrivacyRequestFigures figures(LocalDate from, LocalDate to, String orgUnit) {
		authorization.require(Permission.KPI_READ);
		if (from == null) {
			throw InvalidInput.of("from", "required", "Give the first day of the period");
		}
		if (to == null || to.isBefore(from)) {
			throw InvalidInput.of("to", "before-from", "The period ends before it starts");
		}
		if (from.plusYears(10).isBefore(to)) {
			throw InvalidInput.of("to", "too-long", "A period of at most 10 years");
		}
		Long[] units = null;
		String code = null;
		if (orgUnit != null && !orgUnit.isBlank()) {
			var unit = identity.findOrgUnit(orgUnit.strip()).orElseThrow(() -> new NotFound("Org unit", orgUnit.strip()));
			var reach = authorization.reach(Permission.KPI_READ).orElseThrow();
			if (reach == org.clientcare.identity.Qualifier.OWN_SUBTREE
					&& !identity.subtree(authorization.subject().orgUnitId()).contains(unit.id())) {
				throw new NotFound("Org unit", orgUnit.strip());
			}
			units = identity.subtree(unit.id()).toArray(Long[]::new);
			code = unit.code();
		}
		long[] f = requests.figures(from, to, today(), customers.scope(), platform.zone().getId(), units);
		BigDecimal rate = f[1] == 0 ? null : BigDecimal.valueOf(f[2]).divide(BigDecimal.valueOf(f[1]), 4, RoundingMode.HALF_UP);
		return new PrivacyRequestFigures(from, to, code, f[0], f[1], f[2], rate, f[3], f[4]);
	}

	/** The org units whose figures the caller may read (all for compliance, its subtree for a branch manager). */
	public List<org.clientcare.identity.OrgUnit> unitsInReach() {
		var reach = authorization.reach(Permission.KPI_READ).orElse(null);
		if (reach == null || reach == org.clientcare.identity.Qualifier.OWN_CUSTOMERS) {
			return List.of();
		}
		java.util.Set<Long> mine = reach == org.clientcare.identity.Qualifier.OWN_SUBTREE
				? identity.subtree(authorization.subject().orgUnitId()) : null;
		return identity.orgUnits().stream().filter(u -> u.kind() != org.clientcare.identity.OrgUnit.Kind.DEPARTMENT)
			.filter(u -> mine == null || mine.contains(u.id())).toList();
	}

	/** Today on the platform's calendar. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(platform.zone()));
	}

	private PrivacyRequests.Row require(long id) {
		return requests.find(id, customers.scope()).orElseThrow(() -> new NotFound("privacy-request", "Privacy request " + id));
	}

	private PrivacyRequestView view(PrivacyRequests.Row row) {
		CustomerRef customer = customers.refs(List.of(new CustomerId(row.customerId()))).get(new CustomerId(row.customerId()));
		LocalDate today = today();
		boolean open = PrivacyRequestStatus.valueOf(row.status()) == PrivacyRequestStatus.OPEN;
		return new PrivacyRequestView(row.id(), row.requestNo(), row.customerId(),
				customer == null ? null : customer.customerNo(), customer == null ? null : customer.name(),
				PrivacyRequestKind.valueOf(row.kind()), PrivacyChannel.valueOf(row.channel()), row.details(),
				row.receivedOn(), row.dueDate(), PrivacyRequestStatus.valueOf(row.status()),
				row.outcome() == null ? null : PrivacyOutcome.valueOf(row.outcome()),
				row.assigneeId() == null ? null : username(row.assigneeId()), row.answer(), row.answeredAt(),
				row.answeredBy(), row.registeredBy(), open && row.dueDate().isBefore(today),
				open ? null : !row.answeredAt().atZone(platform.zone()).toLocalDate().isAfter(row.dueDate()), row.version());
	}

	private String username(long userId) {
		return identity.user(userId).map(StaffUser::username).orElse(null);
	}

	private static Conflict answered(PrivacyRequests.Row row) {
		return new Conflict("request-answered", "Privacy request " + row.requestNo() + " is answered already");
	}

	private static Map<String, Object> state(PrivacyRequestView v) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("requestNo", v.requestNo());
		state.put("customerId", v.customerId());
		state.put("kind", v.kind().name());
		state.put("channel", v.channel().name());
		state.put("dueDate", v.dueDate().toString());
		state.put("status", v.status().name());
		state.put("outcome", v.outcome() == null ? null : v.outcome().name());
		return state;
	}

	private static Map<String, Object> mapOf(String key, Object value) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}
}
