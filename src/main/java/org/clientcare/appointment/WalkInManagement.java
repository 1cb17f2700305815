package org.clientcare.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.appointment.WalkInView.Status;
import org.clientcare.appointment.internal.Advisors;
import org.clientcare.appointment.internal.Appointments;
import org.clientcare.appointment.internal.WalkIns;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The walk-in queue of a branch (现场排队): a visitor takes a number, is called, then served or leaves; each waiting
 * visitor sees an estimate of the wait from the people ahead and the advisors on duty ({@link QueueEstimate}). Staff
 * who may write appointments work the queue of units they see: every unit for service agents and administrators,
 * their subtree for branch managers, their own unit for account managers. Steps are audited.
 */
@Service
public class WalkInManagement {

	private final WalkIns walkIns;

	private final Advisors advisors;

	private final Appointments appointments;

	private final AppointmentManagement management;

	private final AppointmentWriters writers;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final AppointmentSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	WalkInManagement(WalkIns walkIns, Advisors advisors, Appointments appointments, AppointmentManagement management,
			AppointmentWriters writers, CustomerManagement customers, IdentityManagement identity,
			AppointmentSettings settings, AuditTrail audit, Clock clock) {
		this.walkIns = walkIns;
		this.advisors = advisors;
		this.appointments = appointments;
		this.management = management;
		this.writers = writers;
		this.customers = customers;
		this.identity = identity;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Today's queue of a unit, by number, with the estimate for each waiting visitor; a unit is required (400 naming
	 * {@code orgUnit} without one), and one the caller does not see answers 404.
	 */
	@Transactional(readOnly = true)
	public List<WalkInView> queue(String orgUnit) {
		if (orgUnit == null || orgUnit.isBlank()) {
			throw InvalidInput.of("orgUnit", "required", "The code of the branch or sub-branch whose queue to show");
		}
		OrgUnit unit = visibleUnit(orgUnit);
		return views(unit, walkIns.ofDay(unit.id(), LocalDate.now(clock)));
	}

	/**
	 * A visitor takes a number: a customer in scope, or someone named. Only on a day the branches open (§8, the working
	 * days of the official calendar): on a weekend or a holiday there is no queue to join (409 {@code branch-closed},
	 * with the next day they open).
	 */
	@Transactional
	public WalkInView take(String orgUnit, AppointmentService service, Long customerId, String name) {
		writers.requireWriter();
		var problems = new InvalidInput.Collector();
		OrgUnit unit = management.branch(orgUnit, problems);
		if (service == null) {
			problems.add("service", "required", "One of " + java.util.Arrays.toString(AppointmentService.values()));
		}
		if (customerId == null && (name == null || name.isBlank() || name.strip().length() > 100)) {
			problems.add("name", "required", "The visitor's name, up to 100 characters, or a customer");
		}
		problems.throwIfAny();
		visibleUnit(unit.code());
		CustomerRef customer = customerId == null ? null : customers.requireVisible(new CustomerId(customerId));
		LocalDate today = LocalDate.now(clock);
		OpeningDay opening = management.openingDay(today);
		if (opening.closed()) {
			throw new Conflict("branch-closed", unit.code() + " is closed on " + today + ", not a working day: it takes no"
					+ " numbers. It next opens on " + opening.nextOpening(), Map.of("nextOpening", opening.nextOpening().toString()));
		}
		appointments.lockDay(unit.id(), today);
		long id = walkIns.take(unit.id(), today, service, customerId, customer != null ? customer.name() : name.strip(),
				clock.instant());
		WalkInView taken = views(unit, walkIns.ofDay(unit.id(), today)).stream().filter(w -> w.id() == id).findFirst()
			.orElseThrow();
		audit.record("walk-in.taken", "walk_in", id, null, Map.of("orgUnit", unit.code(), "ticket", taken.ticket(),
				"service", service.name()));
		return taken;
	}

	@Transactional
	public WalkInView step(long id, Status next) {
		WalkIns.Row row = walkIns.find(id, true).orElseThrow(() -> new NotFound("Walk-in", id));
		OrgUnit unit = visibleUnit(identity.orgUnit(row.orgUnitId()).map(OrgUnit::code).orElseThrow());
		writers.requireWriter();
		if (!row.status().allows(next)) {
			throw new Conflict("illegal-step", "Number " + row.ticketNo() + " is " + row.status() + "; it cannot become " + next);
		}
		walkIns.step(id, next, clock.instant(), CurrentActor.get().username());
		audit.record("walk-in." + next.name().toLowerCase(java.util.Locale.ROOT), "walk_in", id,
				Map.of("status", row.status().name()), Map.of("status", next.name()));
		return views(unit, walkIns.ofDay(unit.id(), row.day())).stream().filter(w -> w.id() == id).findFirst().orElseThrow();
	}

	/** A customer's walk-ins, newest first (the PIPL export and the 360 page). */
	@Transactional(readOnly = true)
	public List<WalkInView> ofCustomer(CustomerId customer) {
		customers.requireVisible(customer);
		List<WalkInView> all = new ArrayList<>();
		for (WalkIns.Row row : walkIns.ofCustomer(customer.value())) {
			all.add(view(identity.orgUnit(row.orgUnitId()).map(OrgUnit::code).orElse("-"), row, 0, null));
		}
		return all;
	}

	/** Units whose queue the caller sees: a unit code it may see, else 404. */
	private OrgUnit visibleUnit(String code) {
		OrgUnit unit = identity.findOrgUnit(code == null ? "" : code.strip())
			.filter(u -> u.kind() == OrgUnit.Kind.BRANCH || u.kind() == OrgUnit.Kind.SUB_BRANCH)
			.orElseThrow(() -> new NotFound("Branch", code));
		Actor actor = CurrentActor.get();
		DataScope scope = identity.currentScope();
		boolean sees = switch (scope.reach()) {
			case ALL -> true;
			case SUBTREE -> scope.orgUnitIds().contains(unit.id());
			case OWN -> actor.orgUnitId() != null && actor.orgUnitId() == unit.id();
			case DEPARTMENT, NONE -> false;
		};
		if (!sees) {
			throw new NotFound("Branch", code);
		}
		return unit;
	}

	private List<WalkInView> views(OrgUnit unit, List<WalkIns.Row> rows) {
		ZonedDateTime now = clock.instant().atZone(clock.getZone());
		List<Long> onDuty = advisors.workingAt(unit.id(), now.getDayOfWeek(), now.toLocalTime());
		Instant instant = now.toInstant();
		int absent = onDuty.isEmpty() ? 0 : advisors.absences(onDuty, instant, instant.plusSeconds(1)).size();
		int advisorsOnDuty = onDuty.size() - absent;
		List<WalkInView> views = new ArrayList<>();
		int ahead = 0;
		for (WalkIns.Row row : rows) {
			if (row.status() == Status.WAITING) {
				Integer minutes = QueueEstimate.waitFor(ahead, advisorsOnDuty, settings.of(row.service()).duration())
					.map(d -> (int) d.toMinutes()).orElse(null);
				views.add(view(unit.code(), row, ahead, minutes));
				ahead++;
			}
			else {
				views.add(view(unit.code(), row, 0, null));
			}
		}
		return views;
	}

	private static WalkInView view(String unit, WalkIns.Row row, int ahead, Integer minutes) {
		return new WalkInView(row.id(), unit, row.day(), row.ticketNo(), row.service(), row.customerId(), row.name(),
				row.status(), row.takenAt(), row.calledAt(), row.doneAt(), ahead, minutes);
	}
}
