package org.clientcare.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.ResultPage;
import org.clientcare.training.internal.TrainingRecords;

import org.springframework.stereotype.Component;

/**
 * Who counts as staff for training: every enabled user but the core system's machine user. A mandatory course is
 * mandatory for the staff of its org unit's subtree (a head-office course: for everyone).
 */
@Component
class TrainingStaff {

	private final IdentityManagement identity;

	private final TrainingRecords records;

	TrainingStaff(IdentityManagement identity, TrainingRecords records) {
		this.identity = identity;
		this.records = records;
	}

	static boolean isStaff(StaffUser user) {
		return user.enabled() && user.role() != Role.INTEGRATION;
	}

	/** Every staff member, by username. */
	List<StaffUser> all() {
		return Arrays.stream(Role.values()).filter(r -> r != Role.INTEGRATION)
			.flatMap(r -> identity.usersWithRole(r).stream()).filter(TrainingStaff::isStaff)
			.sorted(Comparator.comparing(StaffUser::username)).toList();
	}

	/** Every staff member who had joined by {@code day} (a period's headcount), by username. */
	List<StaffUser> employedBy(java.time.LocalDate day, java.time.ZoneId zone) {
		return identity.usersEmployedBy(day, zone).stream().filter(TrainingStaff::isStaff).toList();
	}

	/** The staff of these org units ({@code null}: everyone) by user id. */
	Map<Long, StaffUser> byId(Set<Long> units) {
		Map<Long, StaffUser> byId = new LinkedHashMap<>();
		for (StaffUser user : all()) {
			if (units == null || units.contains(user.orgUnitId())) {
				byId.put(user.id(), user);
			}
		}
		return byId;
	}

	/**
	 * One page of the mandatory courses that staff matching {@code who} ({@code null}: everyone) have not completed, in
	 * the order of {@link #outstanding(Predicate)}, taken and counted by the database.
	 */
	ResultPage<Outstanding> outstanding(Predicate<StaffUser> who, int page, int size) {
		List<StaffUser> people = all().stream().filter(who == null ? u -> true : who).toList();
		Map<Long, OrgUnit> units = new java.util.HashMap<>();
		identity.orgUnits().forEach(u -> units.put(u.id(), u));
		List<Long> ids = people.stream().map(StaffUser::id).toList();
		List<String> paths = people.stream().map(p -> units.containsKey(p.orgUnitId()) ? units.get(p.orgUnitId()).path() : "")
			.toList();
		Map<Long, StaffUser> byId = new java.util.HashMap<>();
		people.forEach(p -> byId.put(p.id(), p));
		List<Outstanding> content = records.outstanding(ids, paths, (long) page * size, size).stream().map(row -> {
			StaffUser person = byId.get(row.userId());
			OrgUnit unit = units.get(person.orgUnitId());
			return new Outstanding(person.username(), person.displayName(), unit == null ? null : unit.code(),
					row.courseId(), row.title(), row.topic());
		}).toList();
		return new ResultPage<>(content, page, size, records.outstandingCount(ids, paths));
	}

	/** The mandatory courses that staff matching {@code who} ({@code null}: everyone) have not completed. */
	List<Outstanding> outstanding(Predicate<StaffUser> who) {
		List<Outstanding> open = new ArrayList<>();
		List<StaffUser> people = all().stream().filter(who == null ? u -> true : who).toList();
		for (TrainingRecords.CourseRow course : records.courses()) {
			if (!course.mandatory()) {
				continue;
			}
			Set<Long> units = identity.subtree(course.unitId());
			Set<Long> done = records.completedBy(course.id());
			for (StaffUser person : people) {
				if (units.contains(person.orgUnitId()) && !done.contains(person.id())) {
					open.add(new Outstanding(person.username(), person.displayName(),
							identity.orgUnit(person.orgUnitId()).map(OrgUnit::code).orElse(null), course.id(),
							course.title(), course.topic()));
				}
			}
		}
		return open;
	}
}
