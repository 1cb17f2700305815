package org.clientcare.identity;

/**
 * What a write request names, in its path or its body, as far as {@link Requires} needs to know: SPEC §1 answers 404,
 * never 403, for a record outside the caller's data scope, so a role without the permission is refused before the
 * record is looked up only when it sees every record of that kind (ADMIN and COMPLIANCE see everything; SERVICE_AGENT
 * every customer, PII masked). Any other role keeps the answer of its scope first: 404 outside it, 403 inside.
 */
public enum Names {

	/**
	 * No record whose sight depends on the caller: a new record of no existing customer, a setting, or an entry of a
	 * catalogue every staff member sees (a product, a category, a calendar year, a user).
	 */
	NO_SCOPED_RECORD,
	/** A customer: in the path ({@code /customers/{id}/…}) or in the body ({@code customerId} of a new complaint, case…). */
	CUSTOMER,
	/** A record of the data scope of its own kind: a complaint, a case, an appointment, an approval request… */
	SCOPED_RECORD;

	/** Whether a staff member of the role sees every record the request may name, so that a refusal tells it nothing. */
	public boolean seenWholeBy(Role role) {
		return switch (this) {
			case NO_SCOPED_RECORD -> true;
			case CUSTOMER -> DataScope.reachOf(role) == DataScope.Reach.ALL;
			case SCOPED_RECORD -> role == Role.ADMIN || role == Role.COMPLIANCE;
		};
	}
}
