package org.clientcare.remediation;

import java.time.LocalDate;
import java.util.List;

/**
 * Remediation figures of a period (§5): by product, by seller and by org unit, each line the remediations opened, those
 * resolved, those resolved by their due day, and those open past it.
 */
public record RemediationFigures(LocalDate from, LocalDate to, List<Line> byProduct, List<Line> bySeller,
		List<Line> byUnit) {

	public record Line(String key, long opened, long resolved, long onTime, long overdue) {
	}
}
