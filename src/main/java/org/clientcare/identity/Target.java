package org.clientcare.identity;

/**
 * The facts about the record a command acts on that a {@link Qualifier} asks about. Build one from what the module
 * knows of its record; a fact left out ({@code null}) never satisfies the qualifier that asks for it.
 *
 * @param orgUnitId          the org unit the record belongs to
 * @param managerId          the account manager of the record's customer
 * @param assigneeId         the staff member the record is assigned to
 * @param departmentId       the department the record is assigned to
 * @param atCounterOrHotline whether the customer gave it at the counter or on the hotline
 */
public record Target(Long orgUnitId, Long managerId, Long assigneeId, Long departmentId, boolean atCounterOrHotline) {

	/** No record yet (or none that narrows the permission): only {@link Qualifier#ANY} holds. */
	public static Target none() {
		return new Target(null, null, null, null, false);
	}

	/** A record of a customer of {@code orgUnitId}, assigned to {@code managerId} (none when unassigned). */
	public static Target customer(long orgUnitId, Long managerId) {
		return new Target(orgUnitId, managerId, null, null, false);
	}

	/** A record of an org unit. */
	public static Target unit(Long orgUnitId) {
		return new Target(orgUnitId, null, null, null, false);
	}

	public Target assignedTo(Long userId) {
		return new Target(orgUnitId, managerId, userId, departmentId, atCounterOrHotline);
	}

	public Target inDepartment(Long department) {
		return new Target(orgUnitId, managerId, assigneeId, department, atCounterOrHotline);
	}

	public Target takenAtCounterOrHotline(boolean counterOrHotline) {
		return new Target(orgUnitId, managerId, assigneeId, departmentId, counterOrHotline);
	}
}
