package org.clientcare.shared.problem;

import org.springframework.http.HttpStatus;

/**
 * The caller changed an older version than the current one: somebody else changed it first. The API answers 412 when
 * the request named the version with {@code If-Match}, and 409 to a step sent without one, which lost a race.
 */
public class StaleVersion extends ProblemException {

	public StaleVersion(String what) {
		super(HttpStatus.PRECONDITION_FAILED, "stale-version", what + " was changed by someone else; reload and try again");
	}
}
