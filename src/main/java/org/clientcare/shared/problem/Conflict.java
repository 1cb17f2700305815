package org.clientcare.shared.problem;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request contradicts the current state: a duplicate, or a step not allowed from here (409). */
public class Conflict extends ProblemException {

	private final Map<String, Object> properties;

	public Conflict(String code, String message) {
		this(code, message, Map.of());
	}

	public Conflict(String code, String message, Map<String, Object> properties) {
		super(HttpStatus.CONFLICT, code, message);
		this.properties = Map.copyOf(properties);
	}

	@Override
	public Map<String, Object> properties() {
		return properties;
	}
}
