package org.clientcare.shared.problem;

import org.springframework.http.HttpStatus;

/** The caller may see the thing but not do this to it (403). */
public class Forbidden extends ProblemException {

	public Forbidden(String code, String message) {
		super(HttpStatus.FORBIDDEN, code, message);
	}
}
