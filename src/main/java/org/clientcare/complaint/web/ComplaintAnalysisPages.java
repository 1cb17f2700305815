package org.clientcare.complaint.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.complaint.ComplaintAnalysis;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.product.ProductNames;

import org.springframework.context.MessageSource;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The complaint analysis page with its charts, and the Excel export of the same figures. */
@Controller
class ComplaintAnalysisPages {

	private final ComplaintAnalysis analysis;

	private final Clock clock;

	private final ComplaintManagement complaints;

	private final IdentityManagement identity;

	private final MessageSource messages;

	private final RegulatorReportDownload regulatorReport;

	private final org.clientcare.complaint.ComplaintCauses causes;

	private final ProductNames productNames;

	ComplaintAnalysisPages(ComplaintAnalysis analysis, Clock clock, ComplaintManagement complaints,
			IdentityManagement identity, MessageSource messages, RegulatorReportDownload regulatorReport,
			org.clientcare.complaint.ComplaintCauses causes, ProductNames productNames) {
		this.causes = causes;
		this.productNames = productNames;
		this.regulatorReport = regulatorReport;
		this.analysis = analysis;
		this.clock = clock;
		this.complaints = complaints;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/complaints/analysis")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			java.util.Locale locale) {
		LocalDate[] period = period(from, to);
		var figures = analysis.analyse(period[0], period[1]);
		model.addAttribute("a", figures);
		// the labels in words: categories and channels by name, org units by name
		var categories = complaints.categories(locale);
		var causeNames = causes.names(locale);
		var products = productNames.in(locale);
		java.util.function.UnaryOperator<String> weekday = day -> messages.getMessage("analysis.weekday." + day, null, day,
				locale);
		java.util.Map<String, java.util.Map<String, String>> labels = new java.util.HashMap<>();
		java.util.Map<String, String> chartLabels = new java.util.HashMap<>();
		java.util.Map<String, String> chartValues = new java.util.HashMap<>();
		for (var breakdown : figures.breakdowns()) {
			java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
			for (var figure : breakdown.figures()) {
				String label = figure.label();
				words.put(label, switch (breakdown.dimension()) {
					case "category" -> categories.getOrDefault(label, label);
					case "channel" -> messages.getMessage("complaint.channel." + label, null, label, locale);
					case "orgUnit" -> label.equals("-") ? messages.getMessage("analysis.orgUnit.none", null, locale)
							: identity.findOrgUnit(label).map(unit -> unit.name(locale)).orElse(label);
					case "cause" -> label.equals("-") ? messages.getMessage("complaint.cause.none", null, locale)
							: causeNames.getOrDefault(label, label);
					case "severity" -> messages.getMessage("complaint.severity." + label, null, label, locale);
					case "businessLine" -> messages.getMessage("regulatorReport.businessLine." + label, null, label, locale);
					case "product" -> label.equals("-")
							? messages.getMessage("regulatorReport.businessLine.NONE", null, locale)
							: products.getOrDefault(label, label);
					case "weekday" -> weekday.apply(label);
					default -> label;
				});
			}
			labels.put(breakdown.dimension(), words);
			// a day's hours and a week's days charted whole, those without a complaint as nought: the distribution as
			// it is, not only its busy hours side by side
			java.util.List<String> axis = switch (breakdown.dimension()) {
				case "hour" -> java.util.stream.IntStream.range(0, 24).mapToObj(h -> String.format("%02d", h)).toList();
				case "weekday" -> java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(String::valueOf).toList();
				default -> java.util.List.copyOf(words.keySet());
			};
			java.util.Map<String, Long> totals = new java.util.HashMap<>();
			breakdown.figures().forEach(figure -> totals.put(figure.label(), figure.total()));
			chartLabels.put(breakdown.dimension(), String.join(",", axis.stream()
				.map(label -> words.getOrDefault(label, breakdown.dimension().equals("weekday") ? weekday.apply(label) : label))
				.toList()));
			chartValues.put(breakdown.dimension(),
					String.join(",", axis.stream().map(label -> String.valueOf(totals.getOrDefault(label, 0L))).toList()));
		}
		model.addAttribute("labels", labels);
		model.addAttribute("chartLabels", chartLabels);
		model.addAttribute("chartValues", chartValues);
		// on time by month: resolved on time, resolved late, not resolved (a stacked chart)
		var months = figures.by("month").figures();
		model.addAttribute("onTimeLabels", String.join(",", months.stream().map(f -> f.label()).toList()));
		model.addAttribute("onTimeSeries", String.join(",", messages.getMessage("analysis.onTime.onTime", null, locale),
				messages.getMessage("analysis.onTime.late", null, locale),
				messages.getMessage("analysis.onTime.open", null, locale)));
		model.addAttribute("onTimeValues", String.join(";",
				String.join(",", months.stream().map(f -> Long.toString(f.resolvedOnTime())).toList()),
				String.join(",", months.stream().map(f -> Long.toString(f.resolvedLate())).toList()),
				String.join(",", months.stream().map(f -> Long.toString(f.unresolved())).toList())));
		// corrective actions by cause and status (a stacked chart)
		var byCause = figures.correctiveActions().byCause();
		model.addAttribute("causeNames", causeNames);
		model.addAttribute("actionLabels", String.join(",", byCause.stream().map(c -> c.cause().equals("-")
				? messages.getMessage("complaint.cause.none", null, locale) : causeNames.getOrDefault(c.cause(), c.cause()))
			.toList()));
		model.addAttribute("actionSeries", String.join(",", java.util.stream.Stream.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED")
			.map(s -> messages.getMessage("action.status." + s, null, locale)).toList()));
		model.addAttribute("actionValues", String.join(";",
				String.join(",", byCause.stream().map(c -> Long.toString(c.open())).toList()),
				String.join(",", byCause.stream().map(c -> Long.toString(c.inProgress())).toList()),
				String.join(",", byCause.stream().map(c -> Long.toString(c.done())).toList()),
				String.join(",", byCause.stream().map(c -> Long.toString(c.cancelled())).toList())));
		// the regulator's report: this quarter and the seven before it
		var quarters = new java.util.ArrayList<String>();
		LocalDate day = LocalDate.now(clock);
		for (int i = 0; i < 8; i++) {
			quarters.add(org.clientcare.complaint.ComplaintRegulatorReport.Quarter.of(day.minusMonths(3L * i)).toString());
		}
		model.addAttribute("quarters", quarters);
		return "complaint/analysis";
	}

	@GetMapping("/complaints/analysis.xlsx")
	void excel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		LocalDate[] period = period(from, to);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"complaints-" + period[0] + "-" + period[1] + ".xlsx\"");
		analysis.writeExcel(analysis.analyse(period[0], period[1]), response.getOutputStream());
	}

	@GetMapping("/complaints/analysis/regulator-report.xlsx")
	void regulatorReport(@RequestParam(required = false) String quarter, HttpServletResponse response,
			java.util.Locale locale) throws IOException {
		regulatorReport.send(quarter, response, locale);
	}

	private LocalDate[] period(LocalDate from, LocalDate to) {
		return AnalysisPeriod.of(from, to, clock);
	}
}
