package org.clientcare.shared.problem;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the caller should understand: it becomes an {@code application/problem+json} answer with its status,
 * a stable {@code code}, and, for invalid input, the fields at fault; on pages, the error page with that status.
 * Subclasses name the fact ({@code CustomerNotFound}, {@code DocumentAlreadyRegistered}).
 */
public abstract class ProblemException extends ErrorResponseException {

	private final String code;

	private final String message;

	protected ProblemException(HttpStatus status, String code, String message) {
		super(status, ProblemDetail.forStatusAndDetail(status, message), null);
		this.code = code;
		this.message = message;
	}

	public HttpStatus status() {
		return HttpStatus.valueOf(getStatusCode().value());
	}

	public String code() {
		return code;
	}

	@Override
	public String getMessage() {
		return message;
	}

	/** Fields at fault, for validation failures. */
	public List<FieldProblem> fieldProblems() {
		return List.of();
	}

	/** Further properties for the problem body (e.g. the existing customer's id on a conflict). */
	public Map<String, Object> properties() {
		return Map.of();
	}
}
