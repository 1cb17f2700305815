package org.clientcare.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clientcare.appointment.AppointmentEvents.AppointmentBooked;
import org.clientcare.appointment.AppointmentSettings.ServiceSettings;
import org.clientcare.appointment.internal.AppointmentRow;
import org.clientcare.appointment.internal.AppointmentScope;
import org.clientcare.appointment.internal.AppointmentViews;
import org.clientcare.appointment.internal.Appointments;
import org.clientcare.appointment.internal.Capacity;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments (预约): the services, the slots of a unit and day, booking, and the appointments within the caller's
 * scope. A booking is race-safe: bookings of one unit and day are serialised, so the last seat of a slot goes to one
 * booking and the other answers {@link Conflict} {@code slot-full}; a customer already booked at an overlapping time,
 * at any unit, answers {@link Conflict} {@code customer-booked}; a start that is not a slot's start answers
 * {@link InvalidInput} naming {@code start}. The lifecycle steps are {@link AppointmentLifecycle}'s.
 */
@Service
public class AppointmentManagement {

	static final int MAX_NOTES = 2000;

	private final Appointments appointments;

	private final AppointmentScope scope;

	private final AppointmentViews views;

	private final Capacity capacity;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final AppointmentSettings settings;

	private final List<BookingPriority> priorities;

	private final AppointmentWriters writers;

	private final PiiCipher pii;

	private final org.clientcare.audit.AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppointmentManagement(Appointments appointments, AppointmentScope scope, AppointmentViews views, Capacity capacity,
			CustomerManagement customers, IdentityManagement identity, AppointmentSettings settings,
			List<BookingPriority> priorities, AppointmentWriters writers, PiiCipher pii,
			org.clientcare.audit.AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.appointments = appointments;
		this.scope = scope;
		this.views = views;
		this.capacity = capacity;
		this.customers = customers;
		this.identity = identity;
		this.settings = settings;
		this.priorities = List.copyOf(priorities);
		this.writers = writers;
		this.pii = pii;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the current actor may book and take lifecycle steps. */
	public boolean mayWrite() {
		return writers.mayWrite();
	}

	/** The name of a customer in scope, for the booking form (404 outside the scope). */
	@Transactional(readOnly = true)
	public String customerName(long customerId) {
		return customers.requireVisible(new CustomerId(customerId)).name();
	}

	/** A bookable service with its duration. */
	public record ServiceInfo(AppointmentService code, int durationMinutes) {
	}

	public List<ServiceInfo> services() {
		return java.util.Arrays.stream(AppointmentService.values())
			.map(s -> new ServiceInfo(s, (int) settings.of(s).duration().toMinutes())).toList();
	}

	/** Whether branches open on {@code day}, and when closed the next day they do (§8). */
	public OpeningDay openingDay(LocalDate day) {
		return capacity.openingDay(day);
	}

	/** The org units customers book at: branches and sub-branches. */
	public List<OrgUnit> branches() {
		return identity.orgUnits().stream()
			.filter(u -> u.kind() == OrgUnit.Kind.BRANCH || u.kind() == OrgUnit.Kind.SUB_BRANCH).toList();
	}

	/**
	 * The branch staff see first on the day view and the walk-in queue: their own unit when advisors take appointments
	 * there, else the first such branch below it (a branch manager's sub-branches), else their own unit when it is a
	 * branch, else the first branch where advisors take appointments.
	 */
	@Transactional(readOnly = true)
	public String firstBranchFor(Long ownUnitId) {
		List<OrgUnit> branches = branches();
		java.util.Optional<OrgUnit> own = own(branches, ownUnitId);
		return staffedWithin(branches, own, capacity.staffedUnits()).stream().findFirst().or(() -> own)
			.or(() -> bookableBranches().stream().findFirst())
			.or(() -> branches.stream().filter(b -> b.kind() == OrgUnit.Kind.SUB_BRANCH).findFirst())
			.or(() -> branches.stream().findFirst()).map(OrgUnit::code).orElse("");
	}

	/**
	 * The branches where advisors take appointments at or below the caller's own unit, in the order of the org tree: a
	 * branch manager's branch and its sub-branches, a desk's own branch; none for a unit outside the branches.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> bookableBranchesWithin(Long ownUnitId) {
		List<OrgUnit> branches = branches();
		return staffedWithin(branches, own(branches, ownUnitId), capacity.staffedUnits());
	}

	/** The caller's own unit among the branches, if it is one. */
	private static java.util.Optional<OrgUnit> own(List<OrgUnit> branches, Long ownUnitId) {
		return branches.stream().filter(b -> ownUnitId != null && b.id() == ownUnitId).findFirst();
	}

	/** The staffed branches at or below a unit, in the order of the org tree (the unit itself first). */
	private static List<OrgUnit> staffedWithin(List<OrgUnit> branches, java.util.Optional<OrgUnit> unit,
			java.util.Set<Long> staffed) {
		if (unit.isEmpty() || unit.get().path() == null) {
			return List.of();
		}
		String path = unit.get().path();
		return branches.stream().filter(b -> staffed.contains(b.id()) && b.path() != null && b.path().startsWith(path))
			.toList();
	}

	/**
	 * The branches a visitor may book at on the public page: those where an advisor takes appointments (a branch
	 * without one would offer no time at all), or every branch while no advisor is set up anywhere.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> bookableBranches() {
		java.util.Set<Long> staffed = capacity.staffedUnits();
		List<OrgUnit> bookable = branches().stream().filter(u -> staffed.contains(u.id())).toList();
		return bookable.isEmpty() ? branches() : bookable;
	}

	/**
	 * The slots of a service at a unit on a day, in the standard booking window (or the customer's, when an
	 * entitlement widens it); none on a day that is not a working day.
	 */
	@Transactional(readOnly = true)
	public List<Slot> slots(String orgUnit, LocalDate date, AppointmentService service, CustomerId customer) {
		var problems = new InvalidInput.Collector();
		OrgUnit unit = branch(orgUnit, problems);
		if (date == null) {
			problems.add("date", "required", "A day, YYYY-MM-DD");
		}
		if (service == null) {
			problems.add("service", "required", "One of " + java.util.Arrays.toString(AppointmentService.values()));
		}
		problems.throwIfAny();
		return capacity.day(unit.id(), service, window(customer, service), date, null).slots(clock.instant());
	}

	/** Books a slot for a customer in scope or for a visitor who is not a customer; staff who may book only. */
	@Transactional
	public AppointmentView book(BookAppointment command) {
		writers.requireBooker(command.customerId());
		return book(command, "STAFF", CurrentActor.get().username());
	}

	/** Books without a staff check: the public page, after the visitor's mobile number was confirmed. */
	AppointmentView book(BookAppointment command, String channel, String by) {
		var problems = new InvalidInput.Collector();
		OrgUnit unit = branch(command.orgUnit(), problems);
		if (command.service() == null) {
			problems.add("service", "required", "One of " + java.util.Arrays.toString(AppointmentService.values()));
		}
		if (command.start() == null) {
			problems.add("start", "required", "The start of a slot, ISO-8601 with offset");
		}
		String mobile = null;
		String email = null;
		if (command.customerId() == null) {
			if (command.name() == null || command.name().isBlank() || command.name().strip().length() > 100) {
				problems.add("name", "required", "The visitor's name, up to 100 characters");
			}
			mobile = MainlandMobile.normalize(command.mobile()).orElse(null);
			if (mobile == null) {
				problems.add("mobile", command.mobile() == null || command.mobile().isBlank() ? "required" : "format",
						"A mainland mobile number");
			}
			email = blankToNull(command.email());
			if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
				problems.add("email", "format", "An e-mail address");
			}
		}
		if (command.notes() != null && command.notes().length() > MAX_NOTES) {
			problems.add("notes", "size", "At most " + MAX_NOTES + " characters");
		}
		problems.throwIfAny();
		CustomerRef customer = command.customerId() == null ? null
				: customers.requireVisible(new CustomerId(command.customerId()));
		writers.requireUnit(unit.id());
		CustomerId customerId = customer == null ? null : customer.id();
		ServiceSettings window = window(customerId, command.service());
		ZonedDateTime start = command.start().atZoneSameInstant(clock.getZone());
		LocalDate day = start.toLocalDate();
		appointments.lockDay(unit.id(), day);
		Capacity.Day capacityDay = capacity.day(unit.id(), command.service(), window, day, null);
		long advisor = chooseAdvisor(capacityDay, start, customer, day);
		Instant now = clock.instant();
		Instant end = start.toInstant().plus(window.duration());
		if (customerId != null) {
			appointments.lockCustomerDay(customerId.value(), day);
			if (appointments.customerBooked(customerId.value(), start.toInstant(), end)) {
				throw new Conflict("customer-booked", "The customer has an appointment at this time already");
			}
		}
		long id = appointments.insert(new Appointments.NewAppointment(unit.id(), command.service(), day, start.toInstant(), end,
				end.plus(window.buffer()), advisor, customerId == null ? null : customerId.value(),
				customer != null ? customer.name() : command.name().strip(), mobile == null ? null : pii.encrypt(mobile),
				mobile == null ? null : pii.searchHash(mobile), email == null ? null : pii.encrypt(email),
				(command.locale() == null ? Locale.SIMPLIFIED_CHINESE : command.locale()).toLanguageTag(),
				blankToNull(command.notes()), channel, by, now));
		AppointmentView booked = views.view(appointments.find(id, AppointmentScope.Filter.ALL, false).orElseThrow());
		audit.record("appointment.booked", "appointment", id, null, AppointmentLifecycle.state(booked));
		events.publishEvent(new AppointmentBooked(id, booked.appointmentNo(), customerId, unit.id(), command.service(), advisor,
				booked.start(), booked.end(), channel, now));
		return booked;
	}

	/** Checks that a slot can be booked now (400 {@code start}, 409 {@code slot-full}), without booking it. */
	void checkBookable(OrgUnit unit, AppointmentService service, java.time.OffsetDateTime start) {
		ZonedDateTime at = start.atZoneSameInstant(clock.getZone());
		chooseAdvisor(capacity.day(unit.id(), service, settings.of(service), at.toLocalDate(), null), at, null,
				at.toLocalDate());
	}

	/** Refuses a start that is not a slot (400 {@code start}) and a slot nobody is free for (409 {@code slot-full}). */
	long chooseAdvisor(Capacity.Day capacityDay, ZonedDateTime start, CustomerRef customer, LocalDate day) {
		if (!capacityDay.isStart(start, clock.instant())) {
			throw InvalidInput.of("start", "not-a-slot", "Not the start of a slot of this service at this unit");
		}
		List<Long> free = capacityDay.freeAdvisors(start);
		if (free.isEmpty()) {
			throw new Conflict("slot-full", "Every advisor is taken at " + start.toOffsetDateTime());
		}
		var load = appointments.loadOf(free, day);
		List<AdvisorChoice.Candidate> candidates = free.stream().map(id -> {
			var l = load.get(id);
			return new AdvisorChoice.Candidate(id, l == null ? 0 : l.bookingsThatDay(), l == null ? null : l.lastBookedAt());
		}).toList();
		Long manager = customer == null ? null : customer.managerId();
		return AdvisorChoice.choose(candidates, manager).orElseThrow();
	}

	@Transactional(readOnly = true)
	public AppointmentView get(long id) {
		return views.view(row(id, false));
	}

	/**
	 * Appointments in scope, by start; each filter optional (an unknown unit or advisor finds nothing). The page and its
	 * count are read from one snapshot (repeatable read): appointments change status and day while they are checked in,
	 * cancelled and rescheduled, and a page read before a change and a count read after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<AppointmentView> list(String orgUnit, LocalDate date, String advisor, AppointmentStatus status,
			Long customerId, int page, int size) {
		Long unitId = null;
		Long advisorId = null;
		if (orgUnit != null && !orgUnit.isBlank()) {
			unitId = identity.findOrgUnit(orgUnit.strip()).map(OrgUnit::id).orElse(-1L);
		}
		if (advisor != null && !advisor.isBlank()) {
			advisorId = "me".equals(advisor.strip()) ? Optional.ofNullable(CurrentActor.get().userId()).orElse(-1L)
					: identity.findUser(advisor.strip()).map(StaffUser::id).orElse(-1L);
		}
		var criteria = new Appointments.Criteria(unitId, date, advisorId, status, customerId);
		var filter = scope.current();
		var converter = views.converter();
		List<AppointmentView> content = appointments.list(criteria, filter, page, size).stream().map(converter::view).toList();
		long total = content.size() < size && (page == 0 || !content.isEmpty()) ? (long) page * size + content.size()
				: appointments.count(criteria, filter);
		return new ResultPage<>(content, page, size, total);
	}

	/** The customer's appointments in scope, newest first, and how often the customer did not come. */
	@Transactional(readOnly = true)
	public CustomerAppointments ofCustomer(CustomerId customer) {
		customers.requireVisible(customer);
		List<AppointmentView> all = new ArrayList<>(
				list(null, null, null, null, customer.value(), 0, 500).content());
		java.util.Collections.reverse(all);
		return new CustomerAppointments(customer.value(), all, appointments.noShows(customer.value()));
	}

	/** A customer's appointments, newest first, with its no-show count (爽约次数). */
	public record CustomerAppointments(long customerId, List<AppointmentView> appointments, int noShows) {
	}

	/**
	 * The customer of an existing appointment, for choosing its account manager as advisor. Read as the system: the
	 * caller (an advisor, or the customer through the link) may not see the customer, and learns nothing of it here.
	 */
	CustomerRef customerForChoice(Long customerId) {
		if (customerId == null) {
			return null;
		}
		CustomerRef[] found = new CustomerRef[1];
		org.clientcare.shared.CurrentActor.runAs(org.clientcare.shared.Actor.system("appointment"),
				() -> found[0] = customers.requireVisible(new CustomerId(customerId)));
		return found[0];
	}

	ServiceSettings window(CustomerId customer, AppointmentService service) {
		ServiceSettings window = settings.of(service);
		if (customer != null) {
			for (BookingPriority priority : priorities) {
				window = priority.windowFor(customer, service, window);
			}
		}
		return window;
	}

	AppointmentRow row(long id, boolean lock) {
		return appointments.find(id, scope.current(), lock).orElseThrow(() -> new NotFound("Appointment", id));
	}

	OrgUnit branch(String code, InvalidInput.Collector problems) {
		if (code == null || code.isBlank()) {
			problems.add("orgUnit", "required", "The code of a branch or sub-branch");
			return null;
		}
		Optional<OrgUnit> unit = identity.findOrgUnit(code.strip())
			.filter(u -> u.kind() == OrgUnit.Kind.BRANCH || u.kind() == OrgUnit.Kind.SUB_BRANCH);
		if (unit.isEmpty()) {
			problems.add("orgUnit", "unknown", "Not a branch or sub-branch");
		}
		return unit.orElse(null);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
