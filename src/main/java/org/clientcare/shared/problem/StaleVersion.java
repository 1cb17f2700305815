package org.clientcare.shared.problem;

import org.springframework.http.HttpStatus;

/** The caller changed an older version than the current one (412): somebody else changed it first. */
public class StaleVersion extends ProblemException {

	public StaleVersion(String what) {
		super(HttpStatus.PRECONDITION_FAILED, "stale-version", what + " was changed by someone else; reload and try again");
	}
}
