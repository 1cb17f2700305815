package org.clientcare.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one org unit (with its subtree) or one account manager for a period (§12 {@code GET /api/v1/kpis}),
 * computed with the definitions of {@code definitionVersion}.
 */
public record KpiReport(LocalDate from, LocalDate to, String period, String orgUnit, String manager,
		int definitionVersion, ComplaintRateBasis complaintRateBasis, LocalDate previousFrom, LocalDate previousTo,
		List<KpiFigure> figures) {

	public KpiFigure figure(KpiCode code) {
		return figures.stream().filter(f -> f.code() == code).findFirst().orElseThrow();
	}
}
