package org.clientcare.complaint;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clientcare.complaint.internal.ComplaintScope;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.complaint.internal.Contacts;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Service;
import org.clientcare.shared.jdbc.ReportReads;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint analysis (§6, for the regulator's periodic report): counts by category, cause (投诉原因), severity, business
 * line, channel, org unit, product, hour of day, weekday and month with on-time acknowledgment and resolution rates,
 * repeat complainants, and the corrective actions (改进措施) of the period's complaints by cause and status — within the
 * caller's complaint scope — as figures and as an Excel workbook.
 */
@Service
public class ComplaintAnalysis {

	private final ReportReads reads;

	private final Complaints complaints;

	private final ComplaintScope scope;

	private final IdentityManagement identity;

	private final PiiCipher pii;

	private final PlatformSettings platform;

	private final org.clientcare.product.ProductCatalogue products;

	private final org.clientcare.complaint.internal.ComplaintActions actions;

	private final org.clientcare.complaint.internal.CorrectiveActionViews actionViews;

	ComplaintAnalysis(Complaints complaints, ComplaintScope scope, IdentityManagement identity, PiiCipher pii,
			PlatformSettings platform, org.clientcare.product.ProductCatalogue products,
			org.clientcare.complaint.internal.ComplaintActions actions,
			org.clientcare.complaint.internal.CorrectiveActionViews actionViews, ReportReads reads) {
		this.reads = reads;
		this.products = products;
		this.actions = actions;
		this.actionViews = actionViews;
		this.complaints = complaints;
		this.scope = scope;
		this.identity = identity;
		this.pii = pii;
		this.platform = platform;
	}

	/**
	 * The figures of {@code [from, to]} (whole days in the institution's zone), read on the replica when there is one
	 * ({@link ReportReads}).
	 */
	public Analysis analyse(LocalDate from, LocalDate to) {
		return reads.read(() -> analyseHere(from, to));
	}

	private Analysis analyseHere(LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(platform.zone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(platform.zone()).toInstant();
		var filter = scope.current();
		String local = "(c.received_at at time zone '" + platform.zone().getId().replace("'", "") + "')";
		Map<String, String> dimensions = new LinkedHashMap<>();
		dimensions.put("category", "c.category");
		dimensions.put("cause", "coalesce(c.cause, '-')");
		dimensions.put("severity", "c.severity");
		dimensions.put("businessLine", "coalesce(c.product_code, '-')");
		dimensions.put("channel", "c.channel");
		dimensions.put("orgUnit", "coalesce(c.org_unit_id::text, '-')");
		dimensions.put("product", "coalesce(c.product_code, '-')");
		dimensions.put("hour", "lpad(extract(hour from " + local + ")::int::text, 2, '0')");
		dimensions.put("weekday", "extract(isodow from " + local + ")::int::text");
		dimensions.put("month", "to_char(" + local + ", 'YYYY-MM')");
		Map<String, org.clientcare.product.Product.ProductType> types = new java.util.HashMap<>();
		products.all().forEach(p -> types.put(p.code(), p.type()));
		List<Breakdown> breakdowns = new ArrayList<>();
		dimensions.forEach((name, expression) -> {
			List<Figure> figures = new ArrayList<>();
			complaints.breakdown(expression, start, end, filter).forEach((label, counts) -> figures.add(
					new Figure(name.equals("orgUnit") ? unitCode(label) : label, counts[0], counts[1], counts[2], counts[3])));
			if (name.equals("businessLine")) {
				// grouped by product code: the business line is the product's type, as in the regulator's report
				Map<String, Figure> lines = new LinkedHashMap<>();
				for (Figure f : figures) {
					String line = f.label().equals("-") ? "NONE" : types.containsKey(f.label()) ? types.get(f.label()).name() : "OTHER";
					lines.merge(line, new Figure(line, f.total(), f.acknowledgedOnTime(), f.resolvedOnTime(), f.resolved()),
							Figure::plus);
				}
				figures.clear();
				figures.addAll(lines.values());
				figures.sort(java.util.Comparator.comparing(Figure::total).reversed().thenComparing(Figure::label));
			}
			if (name.equals("hour") || name.equals("weekday") || name.equals("month")) {
				figures.sort(java.util.Comparator.comparing(Figure::label));
			}
			breakdowns.add(new Breakdown(name, figures));
		});
		List<Repeat> repeats = complaints.repeatComplainants(start, end, filter).stream()
			.map(e -> new Repeat(e.getKey().complainantName(), Contacts.mask(pii.decrypt(e.getKey().contactEnc())),
					e.getValue(), e.getKey().complaintNo()))
			.toList();
		long total = breakdowns.get(0).figures().stream().mapToLong(Figure::total).sum();
		long ackOnTime = breakdowns.get(0).figures().stream().mapToLong(Figure::acknowledgedOnTime).sum();
		long resolvedOnTime = breakdowns.get(0).figures().stream().mapToLong(Figure::resolvedOnTime).sum();
		long resolved = breakdowns.get(0).figures().stream().mapToLong(Figure::resolved).sum();
		long[] rated = complaints.satisfaction(start, end, filter);
		return new Analysis(from, to, new Figure("total", total, ackOnTime, resolvedOnTime, resolved), breakdowns, repeats,
				new Satisfaction(rated[0], rated[1], rated[2]), correctiveActions(start, end, filter));
	}

	/** The corrective actions of the period's complaints: totals, by cause and status, and the list (open first). */
	private Actions correctiveActions(Instant start, Instant end, ComplaintScope.Filter filter) {
		Map<String, long[]> byCause = new LinkedHashMap<>();
		long[] totals = new long[6];
		actions.byCauseAndStatus(start, end, actionViews.today(), filter).forEach((key, counts) -> {
			int column = CorrectiveActionStatus.valueOf(key.get(1)).ordinal();
			long[] row = byCause.computeIfAbsent(key.get(0), k -> new long[5]);
			row[column] += counts[0];
			row[4] += counts[1];
			totals[column] += counts[0];
			totals[4] += counts[1];
			totals[5] += counts[0];
		});
		List<CauseActions> causes = byCause.entrySet().stream()
			.map(e -> new CauseActions(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
					e.getValue()[4]))
			.toList();
		return new Actions(totals[5], totals[0] + totals[1], totals[4], totals[2], totals[3], causes,
				actionViews.views(actions.ofPeriod(start, end, filter)));
	}

	/** The analysis as an Excel workbook: a summary sheet, one sheet per dimension, and the repeat complainants. */
	public void writeExcel(Analysis analysis, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(100)) {
			Sheet summary = workbook.createSheet("summary");
			row(summary, 0, "from", analysis.from().toString(), "to", analysis.to().toString());
			row(summary, 1, "complaints", "acknowledged on time", "resolved on time", "acknowledged on time %",
					"resolved on time %");
			figureRow(summary, 2, analysis.total());
			row(summary, 3, "rated", "rated 4 or 5", "rated through the link", "satisfaction %");
			Row satisfaction = summary.createRow(4);
			satisfaction.createCell(0).setCellValue(analysis.satisfaction().rated());
			satisfaction.createCell(1).setCellValue(analysis.satisfaction().satisfied());
			satisfaction.createCell(2).setCellValue(analysis.satisfaction().byLink());
			satisfaction.createCell(3).setCellValue(analysis.satisfaction().rate());
			for (Breakdown breakdown : analysis.breakdowns()) {
				Sheet sheet = workbook.createSheet(breakdown.dimension());
				row(sheet, 0, breakdown.dimension(), "complaints", "acknowledged on time", "resolved on time",
						"acknowledged on time %", "resolved on time %");
				int i = 1;
				for (Figure figure : breakdown.figures()) {
					figureRow(sheet, i++, figure);
				}
			}
			Sheet actionSheet = workbook.createSheet("corrective actions");
			row(actionSheet, 0, "complaint", "cause", "corrective action", "owner", "due date", "status", "overdue");
			int a = 1;
			for (CorrectiveAction action : analysis.correctiveActions().actions()) {
				row(actionSheet, a++, action.complaintNo(), action.cause() == null ? "-" : action.cause(),
						action.description(), action.owner() == null ? "-" : action.owner(), action.dueDate().toString(),
						action.status().name(), action.overdue() ? "yes" : "no");
			}
			Sheet repeats = workbook.createSheet("repeat complainants");
			row(repeats, 0, "complainant", "contact (masked)", "complaints", "latest complaint");
			int i = 1;
			for (Repeat repeat : analysis.repeats()) {
				Row row = repeats.createRow(i++);
				row.createCell(0).setCellValue(repeat.complainant());
				row.createCell(1).setCellValue(repeat.contact());
				row.createCell(2).setCellValue(repeat.complaints());
				row.createCell(3).setCellValue(repeat.latestComplaintNo());
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void figureRow(Sheet sheet, int index, Figure figure) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(figure.label());
		row.createCell(1).setCellValue(figure.total());
		row.createCell(2).setCellValue(figure.acknowledgedOnTime());
		row.createCell(3).setCellValue(figure.resolvedOnTime());
		row.createCell(4).setCellValue(figure.acknowledgedOnTimeRate());
		row.createCell(5).setCellValue(figure.resolvedOnTimeRate());
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private String unitCode(String id) {
		return id.equals("-") ? "-" : identity.orgUnit(Long.parseLong(id)).map(OrgUnit::code).orElse(id);
	}

	public record Analysis(LocalDate from, LocalDate to, Figure total, List<Breakdown> breakdowns, List<Repeat> repeats,
			Satisfaction satisfaction, Actions correctiveActions) {

		/** The breakdown of a dimension ({@code category}, {@code cause}, {@code severity}, …), empty if none. */
		public Breakdown by(String dimension) {
			return breakdowns.stream().filter(b -> b.dimension().equals(dimension)).findFirst()
				.orElse(new Breakdown(dimension, List.of()));
		}
	}

	/**
	 * The corrective actions (改进措施) of the period's complaints: how many, open (open or in progress), overdue, done
	 * and cancelled; by the complaint's cause ({@code -} when none is recorded yet); and the actions, open first.
	 */
	public record Actions(long total, long open, long overdue, long done, long cancelled, List<CauseActions> byCause,
			List<CorrectiveAction> actions) {
	}

	/** The corrective actions of one cause by status, and how many of them are overdue. */
	public record CauseActions(String cause, long open, long inProgress, long done, long cancelled, long overdue) {
	}

	/**
	 * Complaint-handling satisfaction (投诉处理满意度, §10) of the period's complaints: the complainants' ratings 1–5,
	 * given through their link or to staff who called them; the rate is the share rated 4 or 5.
	 */
	public record Satisfaction(long rated, long satisfied, long byLink) {

		public double rate() {
			return rated == 0 ? 0 : Math.round(1000.0 * satisfied / rated) / 10.0;
		}
	}

	public record Breakdown(String dimension, List<Figure> figures) {
	}

	/** Complaints of one label, how many of them were acknowledged and resolved in time, and how many resolved. */
	public record Figure(String label, long total, long acknowledgedOnTime, long resolvedOnTime, long resolved) {

		Figure plus(Figure other) {
			return new Figure(label, total + other.total, acknowledgedOnTime + other.acknowledgedOnTime,
					resolvedOnTime + other.resolvedOnTime, resolved + other.resolved);
		}

		/** Resolved after the institution's deadline. */
		public long resolvedLate() {
			return resolved - resolvedOnTime;
		}

		/** Not resolved (yet). */
		public long unresolved() {
			return total - resolved;
		}

		public double acknowledgedOnTimeRate() {
			return total == 0 ? 0 : Math.round(1000.0 * acknowledgedOnTime / total) / 10.0;
		}

		public double resolvedOnTimeRate() {
			return total == 0 ? 0 : Math.round(1000.0 * resolvedOnTime / total) / 10.0;
		}
	}

	/** A complainant with more than one complaint in the period. */
	public record Repeat(String complainant, String contact, long complaints, String latestComplaintNo) {
	}
}
