package org.clientcare.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.kpi.ComplaintRateBasis;
import org.clientcare.kpi.KpiDefinitions;
import org.clientcare.kpi.KpiManagement;
import org.clientcare.kpi.KpiQuery;
import org.clientcare.kpi.KpiReport;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/kpis?from=&to=&orgUnit=&manager=} (§12), also with {@code period} (WEEK, MONTH, QUARTER, YEAR) and
 * {@code date} instead of a span, and {@code basis} for the complaint rate; the versioned definitions under
 * {@code /api/v1/kpis/definitions}.
 */
@RestController
class KpiController {

	private final KpiManagement kpis;

	private final org.clientcare.kpi.KpiExport export;

	private final org.clientcare.shared.jdbc.ReportReads reads;

	KpiController(KpiManagement kpis, org.clientcare.kpi.KpiExport export, org.clientcare.shared.jdbc.ReportReads reads) {
		this.reads = reads;
		this.kpis = kpis;
		this.export = export;
	}

	/** The same figures as an .xlsx workbook, with one sheet per breakdown (sub-branches, managers); audited. */
	@GetMapping("/api/v1/kpis/export")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String manager,
			@RequestParam(required = false) ComplaintRateBasis basis, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var prepared = export.prepare(new KpiQuery(from, to, period, date, orgUnit, manager, basis), locale);
		send(prepared, response);
	}

	static void send(org.clientcare.kpi.KpiExport.Prepared prepared, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
			.filename(prepared.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
		prepared.write(response.getOutputStream());
	}

	@GetMapping("/api/v1/kpis")
	KpiReport report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String manager,
			@RequestParam(required = false) ComplaintRateBasis basis) {
		return reads.read(() -> kpis.report(new KpiQuery(from, to, period, date, orgUnit, manager, basis)));
	}

	@GetMapping("/api/v1/kpis/definitions")
	Map<String, Object> definitions() {
		return Map.of("current", kpis.definitions(), "history", kpis.definitionHistory());
	}

	/** Administrators: a new version of the definitions. */
	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/kpis/definitions")
	KpiDefinitions changeDefinitions(@RequestBody DefinitionsChange body) {
		return kpis.changeDefinitions(body.satisfiedFrom(), body.complaintRateBasis(), body.yearOnYearCut(), body.targets(),
				body.reason());
	}

	record DefinitionsChange(Integer satisfiedFrom, ComplaintRateBasis complaintRateBasis, BigDecimal yearOnYearCut,
			Map<String, BigDecimal> targets, String reason) {
	}
}
