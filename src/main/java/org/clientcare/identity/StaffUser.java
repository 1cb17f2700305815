package org.clientcare.identity;

/** A staff member who signs in (员工用户), with one role in one org unit. */
public record StaffUser(long id, String username, String displayName, Role role, long orgUnitId, String email,
		boolean enabled) {
}
