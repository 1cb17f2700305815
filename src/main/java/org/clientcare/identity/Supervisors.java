package org.clientcare.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Who answers for work in an org unit when it goes wrong (an overdue revisit or case, a missed complaint deadline, a
 * need found on a visit): the branch managers of the nearest unit on the path from that unit up to the head office
 * that has one, else the administrators. A snapshot of the staff, read once: ask it for many units in one batch, and
 * the answer for each unit is kept.
 */
public final class Supervisors {

	private final List<StaffUser> managers;

	private final List<StaffUser> admins;

	private final LongFunction<Optional<OrgUnit>> units;

	private final Map<Long, List<StaffUser>> byUnit = new HashMap<>();

	Supervisors(List<StaffUser> managers, List<StaffUser> admins, LongFunction<Optional<OrgUnit>> units) {
		this.managers = managers.stream().filter(StaffUser::enabled).toList();
		this.admins = admins.stream().filter(StaffUser::enabled).toList();
		this.units = units;
	}

	/** The supervisors of work in the unit {@code unitId}; never empty while an administrator exists. */
	public List<StaffUser> of(long unitId) {
		return byUnit.computeIfAbsent(unitId, this::find);
	}

	/** The supervisors of work that belongs to no unit: the administrators. */
	public List<StaffUser> withoutUnit() {
		return admins;
	}

	private List<StaffUser> find(long unitId) {
		Optional<OrgUnit> unit = units.apply(unitId);
		if (unit.isPresent()) {
			String[] path = unit.get().path().split("/");
			for (int i = path.length - 1; i >= 0; i--) {
				if (path[i].isBlank()) {
					continue;
				}
				long ancestor = Long.parseLong(path[i]);
				List<StaffUser> found = managers.stream().filter(m -> m.orgUnitId() == ancestor).toList();
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return admins;
	}
}
