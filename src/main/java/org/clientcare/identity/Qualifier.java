package org.clientcare.identity;

/**
 * How far a role's {@link Permission} reaches (the parenthesis in SPEC §1's table "Who may write what"): a fact about
 * the record acted on, read from its {@link Target}.
 */
public enum Qualifier {

	/** Any record the role sees. */
	ANY,
	/** Records of the customers assigned to the user. */
	OWN_CUSTOMERS,
	/** Records of the user's org unit and the units below it. */
	OWN_SUBTREE,
	/** Records assigned to the user's department. */
	OWN_DEPARTMENT,
	/** Records assigned to the user in person. */
	ASSIGNEE,
	/** What the customer gives at the counter or on the hotline. */
	AT_COUNTER_OR_HOTLINE;

	boolean holds(Subject subject, Target target, java.util.function.LongFunction<java.util.Set<Long>> subtree) {
		return switch (this) {
			case ANY -> true;
			case OWN_CUSTOMERS -> target.managerId() != null && target.managerId().equals(subject.userId());
			case OWN_SUBTREE -> target.orgUnitId() != null && subject.orgUnitId() != null
					&& subtree.apply(subject.orgUnitId()).contains(target.orgUnitId());
			case OWN_DEPARTMENT -> target.departmentId() != null && target.departmentId().equals(subject.orgUnitId());
			case ASSIGNEE -> target.assigneeId() != null && target.assigneeId().equals(subject.userId());
			case AT_COUNTER_OR_HOTLINE -> target.atCounterOrHotline();
		};
	}
}
