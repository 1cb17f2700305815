package org.clientcare.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The KPIs as an Excel workbook (§12 {@code GET /api/v1/kpis/export}), written as a stream with fastexcel: a sheet of
 * the figures with their definitions and the report's scope, then one sheet per breakdown (sub-branches, account
 * managers) with every figure's value, numerator and denominator. Text that a spreadsheet could take for a formula
 * ({@code = + - @}, tab, carriage return at the start) is written with a leading apostrophe. Each export is audited
 * with its exporter, time and scope.
 */
@Service
public class KpiExport {

	private final KpiManagement kpis;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.clientcare.shared.jdbc.ReportReads reads;

	KpiExport(KpiManagement kpis, MessageSource messages, AuditTrail audit, Clock clock,
			org.clientcare.shared.jdbc.ReportReads reads) {
		this.reads = reads;
		this.kpis = kpis;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks the query and the caller's reach, computes the figures and audits the export — all before anything is
	 * written, so a refused export answers a problem, not half a file.
	 */
	@org.springframework.transaction.annotation.Transactional
	public Prepared prepare(KpiQuery query, Locale locale) {
		// the figures on the read replica when there is one; the audit record on the primary
		KpiManagement.Figures figures = reads.read(() -> kpis.figures(query));
		KpiReport report = figures.report();
		var units = figures.units();
		var managers = figures.managers();
		Map<String, Object> scope = new LinkedHashMap<>();
		scope.put("from", report.from().toString());
		scope.put("to", report.to().toString());
		// a scope not narrowed to a unit or a manager is left out, never recorded as the word null
		if (report.orgUnit() != null) {
			scope.put("orgUnit", report.orgUnit());
		}
		if (report.manager() != null) {
			scope.put("manager", report.manager());
		}
		scope.put("definitionVersion", report.definitionVersion());
		audit.record("kpi.exported", "kpi_export", report.orgUnit() == null ? report.manager() : report.orgUnit(), null,
				scope);
		return new Prepared(report, units, managers, locale);
	}

	/** A checked export, ready to be written. */
	public final class Prepared {

		private final KpiReport report;

		private final List<KpiManagement.Breakdown> units;

		private final List<KpiManagement.Breakdown> managers;

		private final Locale locale;

		Prepared(KpiReport report, List<KpiManagement.Breakdown> units, List<KpiManagement.Breakdown> managers,
				Locale locale) {
			this.report = report;
			this.units = units;
			this.managers = managers;
			this.locale = locale;
		}

		public String filename() {
			return "kpi-" + (report.orgUnit() == null ? report.manager() : report.orgUnit()) + "-" + report.from() + "-"
					+ report.to() + ".xlsx";
		}

		public void write(OutputStream out) throws IOException {
			try (Workbook workbook = new Workbook(out, "ClientCare", "1.0")) {
				figures(workbook.newWorksheet(text("kpi.export.figures")));
				breakdown(workbook.newWorksheet(text("kpi.export.units")), units);
				breakdown(workbook.newWorksheet(text("kpi.export.managers")), managers);
			}
		}

		private void figures(Worksheet sheet) {
			int row = 0;
			row = pair(sheet, row, "kpi.export.from", report.from().toString());
			row = pair(sheet, row, "kpi.export.to", report.to().toString());
			row = pair(sheet, row, "kpi.orgUnit", report.orgUnit() == null ? "" : report.orgUnit());
			row = pair(sheet, row, "kpi.export.manager", report.manager() == null ? "" : report.manager());
			row = pair(sheet, row, "kpi.export.version", Integer.toString(report.definitionVersion()));
			row = pair(sheet, row, "kpi.basis", text("kpi.basis." + report.complaintRateBasis()));
			row = pair(sheet, row, "kpi.export.exportedBy", CurrentActor.get().username());
			row = pair(sheet, row, "kpi.export.exportedAt", LocalDateTime.now(clock).withNano(0).toString());
			row++;
			String[] header = { "kpi.export.code", "kpi.figure", "kpi.value", "kpi.numerator", "kpi.denominator",
					"kpi.target", "kpi.previous", "kpi.change", "kpi.status", "kpi.export.definition" };
			for (int c = 0; c < header.length; c++) {
				sheet.value(row, c, text(header[c]));
				sheet.style(row, c).bold().set();
			}
			for (KpiFigure f : report.figures()) {
				row++;
				sheet.value(row, 0, f.code().name());
				sheet.value(row, 1, safe(text("kpi.code." + f.code())));
				number(sheet, row, 2, f.value());
				number(sheet, row, 3, f.numerator());
				number(sheet, row, 4, f.denominator());
				number(sheet, row, 5, f.target());
				number(sheet, row, 6, f.previous());
				number(sheet, row, 7, f.change());
				sheet.value(row, 8, f.status() == null ? "" : text("kpi.status." + f.status()));
				sheet.value(row, 9, safe(text("kpi.definition." + f.code())));
			}
		}

		private void breakdown(Worksheet sheet, List<KpiManagement.Breakdown> rows) {
			sheet.value(0, 0, text("kpi.export.code"));
			sheet.value(0, 1, text("kpi.export.name"));
			int c = 2;
			for (KpiCode code : KpiCode.values()) {
				sheet.value(0, c++, safe(text("kpi.code." + code)));
				if (code.kind() == KpiCode.Kind.RATE) {
					sheet.value(0, c++, safe(text("kpi.code." + code)) + " · " + text("kpi.numerator"));
					sheet.value(0, c++, safe(text("kpi.code." + code)) + " · " + text("kpi.denominator"));
				}
			}
			int r = 1;
			for (KpiManagement.Breakdown b : rows) {
				sheet.value(r, 0, safe(b.code()));
				sheet.value(r, 1, safe(b.name()));
				c = 2;
				for (KpiCode code : KpiCode.values()) {
					KpiCalculation.Fraction f = b.figures().get(code);
					number(sheet, r, c++, f.value());
					if (code.kind() == KpiCode.Kind.RATE) {
						number(sheet, r, c++, f.numerator());
						number(sheet, r, c++, f.denominator());
					}
				}
				r++;
			}
		}

		private int pair(Worksheet sheet, int row, String key, String value) {
			sheet.value(row, 0, text(key));
			sheet.value(row, 1, safe(value));
			return row + 1;
		}

		private String text(String key) {
			return messages.getMessage(key, null, key, locale);
		}
	}

	private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
	}

	/** Text as text: a leading character that starts a formula is escaped with an apostrophe. */
	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text
				: text;
	}
}
