package org.clientcare.shared;

/**
 * Who is acting (操作人): a signed-in staff member, or the system itself for jobs and start-up work. Carried into
 * the audit trail with the origin of the request.
 *
 * @param username  the staff user's name, or {@code system:<what>}
 * @param role      the role name, or {@code SYSTEM}
 * @param userId    the staff user's id, {@code null} for the system
 * @param orgUnitId the staff user's org unit, {@code null} for the system
 * @param origin    the client address, or the job's name
 */
public record Actor(String username, String role, Long userId, Long orgUnitId, String origin) {

	public static final String SYSTEM = "SYSTEM";

	public static final String ANONYMOUS = "ANONYMOUS";

	public static Actor system(String what) {
		return new Actor("system:" + what, SYSTEM, null, null, what);
	}

	/** Someone not signed in (public pages): sees no customer. */
	public static Actor anonymous(String origin) {
		return new Actor("anonymous", ANONYMOUS, null, null, origin);
	}

	public boolean isSystem() {
		return SYSTEM.equals(role);
	}

	public boolean isAnonymous() {
		return ANONYMOUS.equals(role);
	}

	public Actor from(String origin) {
		return new Actor(username, role, userId, orgUnitId, origin);
	}
}
