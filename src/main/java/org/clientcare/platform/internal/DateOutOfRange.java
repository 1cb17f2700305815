package org.clientcare.platform.internal;

import org.clientcare.shared.KeptDates;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A date or timestamp in a request body outside the {@link KeptDates}: answered as a 400 naming its field with the code
 * {@code range}, never stored.
 */
final class DateOutOfRange extends InvalidFormatException {

	DateOutOfRange(JsonParser parser, Object value, Class<?> type) {
		super(parser, KeptDates.RANGE, value, type);
	}
}
