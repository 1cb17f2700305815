package org.clientcare.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.appointment.AdvisorSchedule.AbsenceKind;
import org.clientcare.appointment.AdvisorSchedule.Hours;
import org.clientcare.appointment.internal.Advisors;
import org.clientcare.appointment.internal.Capacity;
import org.clientcare.audit.AuditTrail;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisors and capacity (接待能力): which staff receive customers at which unit, their service skills, working hours
 * per weekday and absences, and each unit's opening hours. Set by administrators and by branch managers for their
 * subtree; read by every staff role; audited.
 */
@Service
public class AdvisorManagement {

	private final Advisors advisors;

	private final Capacity capacity;

	private final IdentityManagement identity;

	private final AppointmentWriters writers;

	private final AuditTrail audit;

	private final Clock clock;

	AdvisorManagement(Advisors advisors, Capacity capacity, IdentityManagement identity, AppointmentWriters writers,
			AuditTrail audit, Clock clock) {
		this.advisors = advisors;
		this.capacity = capacity;
		this.identity = identity;
		this.writers = writers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The advisors of a unit (and the units below it), or of all units when {@code orgUnit} is null. */
	@Transactional(readOnly = true)
	public List<AdvisorSchedule> advisors(String orgUnit) {
		Set<Long> units = orgUnit == null || orgUnit.isBlank() ? null
				: identity.subtree(identity.findOrgUnit(orgUnit.strip()).map(OrgUnit::id).orElse(-1L));
		return advisors.schedules(units, clock.instant()).stream().map(a -> {
			StaffUser user = identity.user(a.userId()).orElse(null);
			return a.named(user == null ? null : user.username(), user == null ? null : user.displayName());
		}).toList();
	}

	/**
	 * Makes a staff member an advisor of its own org unit (a branch or sub-branch) with these skills and working hours,
	 * replacing what it had.
	 */
	@Transactional
	public AdvisorSchedule configure(String username, Set<AppointmentService> skills, List<Hours> hours) {
		StaffUser user = identity.findUser(username == null ? "" : username.strip())
			.orElseThrow(() -> new NotFound("Staff user", username));
		OrgUnit unit = identity.orgUnit(user.orgUnitId()).orElseThrow();
		writers.requireScheduler(unit.id());
		var problems = new InvalidInput.Collector();
		if (unit.kind() != OrgUnit.Kind.BRANCH && unit.kind() != OrgUnit.Kind.SUB_BRANCH) {
			problems.add("username", "not-at-a-branch", "Advisors work at a branch or sub-branch");
		}
		Set<AppointmentService> skillSet = skills == null ? Set.of() : EnumSet.copyOf(skills.isEmpty()
				? EnumSet.noneOf(AppointmentService.class) : skills);
		List<Hours> given = hours == null ? List.of() : hours;
		for (int i = 0; i < given.size(); i++) {
			Hours h = given.get(i);
			if (h == null || h.weekday() == null || h.from() == null || h.to() == null || !h.from().isBefore(h.to())) {
				problems.add("hours[" + i + "]", "range", "A weekday with a start before its end");
			}
			else if (given.subList(0, i).stream().anyMatch(o -> o != null && h.weekday() == o.weekday())) {
				problems.add("hours[" + i + "].weekday", "duplicate", "One range per weekday");
			}
		}
		problems.throwIfAny();
		Map<String, Object> before = advisors(null).stream().filter(a -> a.userId() == user.id()).findFirst()
			.map(AdvisorManagement::state).orElse(null);
		advisors.save(user.id(), unit.id(), skillSet, given, clock.instant(), CurrentActor.get().username());
		AdvisorSchedule after = advisors(null).stream().filter(a -> a.userId() == user.id()).findFirst().orElseThrow();
		audit.record("appointment-advisor.configured", "user", user.id(), before, state(after));
		return after;
	}

	/** Records an absence (leave, training) of an advisor; its appointments then stay, but no new slot counts it. */
	@Transactional
	public AdvisorSchedule.Absence addAbsence(String username, AbsenceKind kind, OffsetDateTime from, OffsetDateTime to,
			String note) {
		StaffUser user = identity.findUser(username == null ? "" : username.strip())
			.orElseThrow(() -> new NotFound("Staff user", username));
		long unit = advisors.unitOf(user.id()).orElseThrow(() -> new NotFound("Advisor", username));
		writers.requireScheduler(unit);
		var problems = new InvalidInput.Collector();
		if (kind == null) {
			problems.add("kind", "required", "LEAVE, TRAINING or OTHER");
		}
		if (from == null) {
			problems.add("from", "required", "When the absence starts");
		}
		if (to == null || from != null && !from.isBefore(to)) {
			problems.add("to", "range", "When the absence ends, after its start");
		}
		if (note != null && note.length() > 200) {
			problems.add("note", "size", "At most 200 characters");
		}
		problems.throwIfAny();
		Instant now = clock.instant();
		long id = advisors.addAbsence(user.id(), kind, from.toInstant(), to.toInstant(), AppointmentManagement.blankToNull(note),
				now, CurrentActor.get().username());
		var absence = new AdvisorSchedule.Absence(id, kind, from.toInstant(), to.toInstant(), note);
		audit.record("appointment-advisor.absence-added", "user", user.id(), null,
				Map.of("kind", kind.name(), "from", from.toString(), "to", to.toString()));
		return absence;
	}

	@Transactional
	public void removeAbsence(long absenceId) {
		long userId = advisors.absenceOwner(absenceId).orElseThrow(() -> new NotFound("Absence", absenceId));
		writers.requireScheduler(advisors.unitOf(userId).orElseThrow());
		advisors.removeAbsence(absenceId);
		audit.record("appointment-advisor.absence-removed", "user", userId, Map.of("absence", absenceId), null);
	}

	/** A unit's opening hours on its working days. */
	@Transactional(readOnly = true)
	public LocalTime[] openingHours(String orgUnit) {
		return capacity.openingHours(identity.orgUnit(orgUnit).id());
	}

	@Transactional
	public LocalTime[] setOpeningHours(String orgUnit, LocalTime opens, LocalTime closes) {
		OrgUnit unit = identity.findOrgUnit(orgUnit == null ? "" : orgUnit.strip())
			.orElseThrow(() -> new NotFound("Org unit", orgUnit));
		writers.requireScheduler(unit.id());
		if (opens == null || closes == null || !opens.isBefore(closes)) {
			throw InvalidInput.of(opens == null ? "opens" : "closes", "range", "Opening before closing, HH:MM");
		}
		LocalTime[] before = capacity.openingHours(unit.id());
		advisors.setOpeningHours(unit.id(), opens, closes, clock.instant(), CurrentActor.get().username());
		audit.record("appointment.opening-hours-set", "org_unit", unit.id(),
				Map.of("opens", before[0].toString(), "closes", before[1].toString()),
				Map.of("opens", opens.toString(), "closes", closes.toString()));
		return new LocalTime[] { opens, closes };
	}

	public boolean maySchedule() {
		return writers.maySchedule();
	}

	private static Map<String, Object> state(AdvisorSchedule a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("orgUnitId", a.orgUnitId());
		state.put("skills", a.skills().stream().map(Enum::name).sorted().toList());
		state.put("hours", a.hours().stream().map(h -> h.weekday().getValue() + " " + h.from() + "-" + h.to())
			.collect(Collectors.toList()));
		return state;
	}
}
