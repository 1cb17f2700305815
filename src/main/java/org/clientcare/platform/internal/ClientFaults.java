package org.clientcare.platform.internal;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.clientcare.shared.problem.FieldProblem;

import org.springframework.web.multipart.MultipartException;

/**
 * Failures of the container to read what the client sent — an upload that does not parse, parameters that do not
 * decode — wherever they surface (a handler, an interceptor, a filter): the client's fault, answered 400 naming the
 * part of the request at fault.
 */
final class ClientFaults {

	private ClientFaults() {
	}

	/** The part of the request at fault, or {@code null} when the failure is not the client's. */
	static FieldProblem of(Throwable failure) {
		boolean parameters = false;
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
			if (t instanceof MultipartException || t.getClass().getName().startsWith("org.apache.tomcat.util.http.fileupload")) {
				return new FieldProblem("file", "multipart", "The upload is not a valid multipart request");
			}
			parameters |= t instanceof InvalidParameterException;
		}
		return parameters ? new FieldProblem("parameters", "malformed", "The request's parameters cannot be read") : null;
	}
}
