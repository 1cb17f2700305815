package org.clientcare.platform.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A date or timestamp in a request body before 1900 or after 9999: answered as a 400 naming its field with the code
 * {@code range}, never stored.
 */
final class DateOutOfRange extends InvalidFormatException {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 9999;

	static final String MESSAGE = "A date between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR + "-12-31";

	DateOutOfRange(JsonParser parser, Object value, Class<?> type) {
		super(parser, MESSAGE, value, type);
	}
}
