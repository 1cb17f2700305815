package org.clientcare.appointment;

import java.util.Map;

import org.clientcare.shared.problem.ProblemException;

import org.springframework.http.HttpStatus;

/** The number already received as many booking codes as an hour allows (429); try again later. */
public class TooManyCodes extends ProblemException {

	private final long retryAfterSeconds;

	public TooManyCodes(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-codes", "Too many codes were sent to this number; try again later");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("retryAfter", retryAfterSeconds);
	}
}
