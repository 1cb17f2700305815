package org.clientcare.complaint;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.audit.AuditTrail;
import org.clientcare.complaint.internal.ComplaintScope;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.Permission;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.problem.InvalidInput;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulator's periodic complaint statistics (投诉统计报表, §6) for a calendar quarter, in the layout of the
 * regulator's tables: complaints received in the quarter by category × business line × channel, with how many were
 * acknowledged within 24 hours, how many were decided, and how many were decided within the regulatory deadline
 * (moved by pauses and extensions), and the repeat complainants (the same contact more than once in the quarter).
 * Produced from the records alone, within the caller's complaint scope, so the same records give the same workbook.
 * The business line is the type of the complaint's product ({@code NONE} without one).
 */
@Service
public class ComplaintRegulatorReport {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private final Complaints complaints;

	private final ComplaintScope scope;

	private final ProductCatalogue products;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final PlatformSettings platform;

	ComplaintRegulatorReport(Complaints complaints, ComplaintScope scope, ProductCatalogue products,
			Authorization authorization, AuditTrail audit, PlatformSettings platform) {
		this.complaints = complaints;
		this.scope = scope;
		this.products = products;
		this.authorization = authorization;
		this.audit = audit;
		this.platform = platform;
	}

	/** A calendar quarter, written {@code 2026-Q4}. */
	public record Quarter(int year, int quarter) {

		public static Quarter parse(String text) {
			Matcher m = text == null ? null : QUARTER.matcher(text.strip());
			if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2999) {
				throw InvalidInput.of("quarter", "format", "A quarter such as 2026-Q4");
			}
			return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}

		public static Quarter of(LocalDate day) {
			return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
		}

		public LocalDate first() {
			return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		}

		public LocalDate last() {
			return first().plusMonths(3).minusDays(1);
		}

		@Override
		public String toString() {
			return year + "-Q" + quarter;
		}
	}

	/** The quarter's statistics: the lines, their total, and the repeat complainants. */
	public record Report(Quarter quarter, List<RegulatorReportLine> lines, RegulatorReportLine total,
			long repeatComplainants, long complaintsOfRepeatComplainants) {
	}

	/**
	 * The statistics of a quarter within the caller's scope, for export; oversight only (branch managers, compliance).
	 * The export is recorded in the audit trail.
	 */
	@Transactional
	public Report report(Quarter quarter) {
		authorization.require(Permission.OVERSIGHT_READ);
		Instant start = quarter.first().atStartOfDay(platform.zone()).toInstant();
		Instant end = quarter.last().plusDays(1).atStartOfDay(platform.zone()).toInstant();
		var filter = scope.current();
		Map<String, Product.ProductType> types = new TreeMap<>();
		products.all().forEach(p -> types.put(p.code(), p.type()));
		Map<List<String>, RegulatorReportLine> merged = new TreeMap<>(
				Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1))
					.thenComparing(k -> k.get(2)));
		for (RegulatorReportLine line : complaints.regulatorLines(start, end, filter)) {
			// the SQL groups by product code; the business line is its product's type
			String businessLine = line.businessLine() == null ? "NONE"
					: types.containsKey(line.businessLine()) ? types.get(line.businessLine()).name() : "OTHER";
			var typed = new RegulatorReportLine(line.category(), businessLine, line.channel(), line.complaints(),
					line.acknowledgedOnTime(), line.decided(), line.decidedOnTime(), line.regulatoryBreaches());
			merged.merge(List.of(typed.category(), businessLine, typed.channel()), typed, RegulatorReportLine::plus);
		}
		List<RegulatorReportLine> lines = new ArrayList<>(merged.values());
		RegulatorReportLine total = lines.stream()
			.reduce(new RegulatorReportLine("", "", "", 0, 0, 0, 0, 0), RegulatorReportLine::plus);
		long[] repeats = complaints.repeatCounts(start, end, filter);
		audit.record("complaint.report.exported", "complaint-report", quarter.toString(), Map.of(),
				Map.of("quarter", quarter.toString(), "complaints", total.complaints()));
		return new Report(quarter, lines, total, repeats[0], repeats[1]);
	}

	/**
	 * The statistics as an .xlsx workbook, written as a stream: the summary, the table category × business line ×
	 * channel, and the totals by each of the three. {@code words} turns a code into its label (categories, business
	 * lines, channels) in the reader's language; every text is written as text, never as a formula.
	 */
	public void write(Report report, Function<String, String> words, OutputStream out) throws IOException {
		try (Workbook workbook = new Workbook(out, "ClientCare", "1.0")) {
			Worksheet summary = workbook.newWorksheet(words.apply("sheet.summary"));
			text(summary, 0, 0, words.apply("report.title"));
			text(summary, 1, 0, words.apply("report.quarter"));
			text(summary, 1, 1, report.quarter().toString());
			text(summary, 2, 0, words.apply("report.period"));
			text(summary, 2, 1, report.quarter().first() + " – " + report.quarter().last());
			String[] figures = { "column.complaints", "column.acknowledgedOnTime", "column.decided", "column.decidedOnTime",
					"column.onTimeRate", "column.regulatoryBreaches", "column.repeatComplainants",
					"column.complaintsOfRepeatComplainants" };
			for (int i = 0; i < figures.length; i++) {
				text(summary, 4, i, words.apply(figures[i]));
			}
			RegulatorReportLine t = report.total();
			summary.value(5, 0, t.complaints());
			summary.value(5, 1, t.acknowledgedOnTime());
			summary.value(5, 2, t.decided());
			summary.value(5, 3, t.decidedOnTime());
			summary.value(5, 4, t.onTimeRate());
			summary.value(5, 5, t.regulatoryBreaches());
			summary.value(5, 6, report.repeatComplainants());
			summary.value(5, 7, report.complaintsOfRepeatComplainants());
			summary.finish();

			Worksheet table = workbook.newWorksheet(words.apply("sheet.table"));
			String[] head = { "column.category", "column.businessLine", "column.channel", "column.complaints",
					"column.acknowledgedOnTime", "column.decided", "column.decidedOnTime", "column.onTimeRate",
					"column.regulatoryBreaches" };
			for (int i = 0; i < head.length; i++) {
				text(table, 0, i, words.apply(head[i]));
				table.style(0, i).bold().set();
			}
			int r = 1;
			for (RegulatorReportLine line : report.lines()) {
				text(table, r, 0, words.apply("category." + line.category()));
				text(table, r, 1, words.apply("businessLine." + line.businessLine()));
				text(table, r, 2, words.apply("channel." + line.channel()));
				numbers(table, r, 3, line);
				r++;
			}
			text(table, r, 0, words.apply("report.total"));
			numbers(table, r, 3, t);
			table.finish();

			by(workbook, words, words.apply("sheet.byCategory"), report, RegulatorReportLine::category, "category.");
			by(workbook, words, words.apply("sheet.byBusinessLine"), report, RegulatorReportLine::businessLine,
					"businessLine.");
			by(workbook, words, words.apply("sheet.byChannel"), report, RegulatorReportLine::channel, "channel.");
		}
	}

	private static void by(Workbook workbook, Function<String, String> words, String name, Report report,
			Function<RegulatorReportLine, String> key, String prefix) throws IOException {
		Map<String, RegulatorReportLine> grouped = new TreeMap<>();
		report.lines().forEach(line -> grouped.merge(key.apply(line), line, RegulatorReportLine::plus));
		Worksheet sheet = workbook.newWorksheet(name);
		String[] head = { "column.group", "column.complaints", "column.acknowledgedOnTime", "column.decided",
				"column.decidedOnTime", "column.onTimeRate", "column.regulatoryBreaches" };
		for (int i = 0; i < head.length; i++) {
			text(sheet, 0, i, words.apply(head[i]));
		}
		int r = 1;
		for (var entry : grouped.entrySet()) {
			text(sheet, r, 0, words.apply(prefix + entry.getKey()));
			numbers(sheet, r, 1, entry.getValue());
			r++;
		}
		sheet.finish();
	}

	private static void numbers(Worksheet sheet, int row, int from, RegulatorReportLine line) {
		sheet.value(row, from, line.complaints());
		sheet.value(row, from + 1, line.acknowledgedOnTime());
		sheet.value(row, from + 2, line.decided());
		sheet.value(row, from + 3, line.decidedOnTime());
		sheet.value(row, from + 4, line.onTimeRate());
		sheet.value(row, from + 5, line.regulatoryBreaches());
	}

	/** A text cell that a spreadsheet never runs as a formula: a leading = + - @ tab or return is quoted. */
	static void text(Worksheet sheet, int row, int column, String value) {
		sheet.value(row, column, safe(value));
	}

	/** The text with a leading apostrophe when it begins like a formula (CSV/formula injection). */
	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}
}
