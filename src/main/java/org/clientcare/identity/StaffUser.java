package org.clientcare.identity;

import java.io.Serializable;

import org.clientcare.shared.Actor;

/**
 * A staff member who signs in (员工用户), with one role in one org unit. Serializable, because the signed-in user is
 * kept in the page session, which lives in the database.
 */
public record StaffUser(long id, String username, String displayName, Role role, long orgUnitId, String email,
		boolean enabled) implements Serializable {

	/** This staff member as the actor of what is done in their name; {@code origin} says where it comes from, if not a request. */
	public Actor actor(String origin) {
		return new Actor(username, role.name(), id, orgUnitId, origin);
	}
}
