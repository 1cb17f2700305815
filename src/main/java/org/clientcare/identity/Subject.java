package org.clientcare.identity;

import org.clientcare.shared.Actor;

/**
 * Who acts, as the permission model sees it: a staff member with a typed {@link Role}, the system (jobs, start-up,
 * demo data: may do everything) or someone not signed in (may write nothing).
 *
 * @param role      the staff member's role, {@code null} for the system and for anonymous callers
 * @param userId    the staff member's id
 * @param orgUnitId the staff member's org unit
 */
public record Subject(String username, Role role, Long userId, Long orgUnitId, Kind kind) {

	public enum Kind {
		STAFF, SYSTEM, ANONYMOUS
	}

	public static Subject of(Actor actor) {
		if (actor.isSystem()) {
			return new Subject(actor.username(), null, null, null, Kind.SYSTEM);
		}
		if (actor.isAnonymous() || actor.userId() == null) {
			return new Subject(actor.username(), null, null, null, Kind.ANONYMOUS);
		}
		return new Subject(actor.username(), Role.valueOf(actor.role()), actor.userId(), actor.orgUnitId(), Kind.STAFF);
	}

	public boolean isSystem() {
		return kind == Kind.SYSTEM;
	}

	public boolean isStaff() {
		return kind == Kind.STAFF;
	}

	/** Whether this is a staff member of the given role. */
	public boolean is(Role other) {
		return role == other;
	}
}
