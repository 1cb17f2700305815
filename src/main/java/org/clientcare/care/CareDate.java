package org.clientcare.care;

import java.time.LocalDate;

/**
 * One day of the care calendar (SPEC §12 {@code GET /api/v1/care/calendar}).
 *
 * @param occasion the festival, or {@code null} for a solar term (节气), which greets no one
 * @param name     the name in the caller's language
 * @param term     the solar term's Chinese name (e.g. 清明), only for solar terms
 */
public record CareDate(LocalDate date, Occasion occasion, String name, String term) {
}
