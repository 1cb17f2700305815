package org.clientcare.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a write endpoint of the API that no row of {@link Permission}'s table governs, so that the declaration is
 * still explicit (see {@link Requires}): nothing is refused before the body is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface OpenTo {

	/** Who may make the request. */
	Whom value();

	/** Who a write no permission governs is open to. */
	enum Whom {
		/** Anyone, signed in or not (the public assistant's questions); a rate limit guards it. */
		ANYONE,
		/** Any staff member, on a record that is its own (a greeting to-do of its customers): 404 for anything else. */
		STAFF_ON_OWN_RECORDS
	}
}
