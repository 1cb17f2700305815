package org.clientcare.shared.problem;

import org.springframework.http.HttpStatus;

/** A change without {@code If-Match} (428): the caller must say which version it changes. */
public class VersionRequired extends ProblemException {

	public VersionRequired() {
		super(HttpStatus.PRECONDITION_REQUIRED, "version-required", "Send If-Match with the ETag of the version you change");
	}
}
