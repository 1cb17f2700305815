package org.clientcare.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Training coverage (培训覆盖率) of an org unit with its subtree, or of one staff member, for the days {@code from}–
 * {@code to}: {@code trained} of the {@code staff} completed at least one course in them; {@code coverage} is trained ÷
 * staff to 4 decimals (none without staff).
 */
public record Coverage(String orgUnit, LocalDate from, LocalDate to, long staff, long trained, BigDecimal coverage) {

	public static Coverage of(String orgUnit, LocalDate from, LocalDate to, long staff, long trained) {
		return new Coverage(orgUnit, from, to, staff, trained,
				staff == 0 ? null : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(staff), 4, RoundingMode.HALF_UP));
	}
}
