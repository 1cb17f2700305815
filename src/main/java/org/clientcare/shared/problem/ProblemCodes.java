package org.clientcare.shared.problem;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The stable {@code code} of a problem document that no business rule named: the one each status means, so that every
 * error answer of the API carries a code, whichever layer refused the request (sign-in, the URL rules, the container,
 * the framework's own checks).
 */
public final class ProblemCodes {

	private ProblemCodes() {
	}

	/** The code for a status, e.g. {@code not-found} for 404, {@code unauthenticated} for 401. */
	public static String of(int status) {
		return switch (status) {
			case 400 -> "invalid-input";
			case 401 -> "unauthenticated";
			case 403 -> "not-permitted";
			case 404 -> "not-found";
			case 409 -> "conflict";
			case 412 -> "stale-version";
			case 415 -> "unsupported-media-type";
			case 428 -> "version-required";
			case 429 -> "too-many-requests";
			case 500 -> "unexpected";
			case 503 -> "busy";
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield known == null ? "error-" + status
						: known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			}
		};
	}
}
