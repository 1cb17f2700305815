package org.clientcare.identity;

import java.io.Serializable;

/**
 * A staff member who signs in (员工用户), with one role in one org unit. Serializable, because the signed-in user is
 * kept in the page session, which lives in the database.
 */
public record StaffUser(long id, String username, String displayName, Role role, long orgUnitId, String email,
		boolean enabled) implements Serializable {
}
