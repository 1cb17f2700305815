package org.clientcare.shared.problem;

import org.springframework.http.HttpStatus;

/** The thing does not exist, or lies outside the caller's data scope — the two are not told apart (404). */
public class NotFound extends ProblemException {

	public NotFound(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " not found");
	}
}
