package org.clientcare.kpi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.kpi.ComplaintRateBasis;
import org.clientcare.kpi.KpiCode;
import org.clientcare.kpi.KpiManagement;
import org.clientcare.kpi.KpiQuery;
import org.clientcare.kpi.KpiReport;

import org.clientcare.shared.jdbc.ReportReads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The KPI dashboard ({@code /kpis}): the period's figures against their targets (red, amber, green), a twelve-month
 * trend and the ranking of sub-branches and account managers for the chosen figure, each figure leading to the
 * records behind it ({@code /kpis/records}). The caller's scope as in the API.
 */
@Controller
class KpiPages {

	private final KpiManagement kpis;

	private final org.clientcare.kpi.KpiExport export;

	private final MessageSource messages;

	private final org.clientcare.customer.CustomerManagement customers;

	private final ReportReads reads;

	KpiPages(KpiManagement kpis, org.clientcare.kpi.KpiExport export, MessageSource messages, ReportReads reads,
			org.clientcare.customer.CustomerManagement customers) {
		this.reads = reads;
		this.kpis = kpis;
		this.customers = customers;
		this.export = export;
		this.messages = messages;
	}

	/** The dashboard's figures and breakdowns as an .xlsx workbook (audited). */
	@GetMapping("/kpis/export.xlsx")
	void export(@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String manager,
			@RequestParam(required = false) ComplaintRateBasis basis, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		KpiController.send(export.prepare(new KpiQuery(null, null, period, date, orgUnit, manager, basis),
				LocaleContextHolder.getLocale()), response);
	}

	@GetMapping("/kpis")
	String dashboard(@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String manager,
			@RequestParam(required = false) ComplaintRateBasis basis, @RequestParam(defaultValue = "SATISFACTION_RATE") KpiCode chart,
			Model model) {
		KpiQuery query = new KpiQuery(null, null, period, date, orgUnit, manager, basis);
		KpiManagement.Dashboard dashboard = reads.read(() -> kpis.dashboard(query, chart));
		KpiReport report = dashboard.report();
		model.addAttribute("report", report);
		model.addAttribute("query", query);
		model.addAttribute("chart", chart);
		model.addAttribute("codes", KpiCode.values());
		model.addAttribute("units", kpis.unitsInReach());
		model.addAttribute("bases", ComplaintRateBasis.values());
		model.addAttribute("periods", List.of("WEEK", "MONTH", "QUARTER", "YEAR"));
		model.addAttribute("format", new Format());
		var trend = dashboard.trend();
		model.addAttribute("trendLabels", trend.stream().map(p -> p.month().toString().substring(0, 7)).collect(Collectors.joining(",")));
		model.addAttribute("trendValues", trend.stream().map(p -> chartValue(chart, p.value())).collect(Collectors.joining(",")));
		model.addAttribute("trendTargets", trend.stream().map(p -> chartValue(chart, p.target())).collect(Collectors.joining(",")));
		model.addAttribute("chartUnit", Format.percent(chart) ? "%" : "");
		model.addAttribute("trendName", label(chart));
		var units = dashboard.unitRanking();
		var managers = dashboard.managerRanking();
		model.addAttribute("unitRanking", units);
		model.addAttribute("managerRanking", managers);
		model.addAttribute("unitLabels", units.stream().map(r -> clean(r.name())).collect(Collectors.joining(",")));
		model.addAttribute("unitValues", units.stream().map(r -> chartValue(chart, r.value())).collect(Collectors.joining(",")));
		model.addAttribute("managerLabels", managers.stream().map(r -> clean(r.name())).collect(Collectors.joining(",")));
		model.addAttribute("managerValues", managers.stream().map(r -> chartValue(chart, r.value())).collect(Collectors.joining(",")));
		return "kpi/dashboard";
	}

	@GetMapping("/kpis/records")
	String records(@RequestParam KpiCode code, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) String manager, Model model) {
		KpiQuery query = new KpiQuery(null, null, period, date, orgUnit, manager, null);
		KpiReport report = reads.read(() -> kpis.report(query, code));
		model.addAttribute("report", report);
		model.addAttribute("figure", report.figure(code));
		model.addAttribute("code", code);
		var records = reads.read(() -> kpis.records(query, code));
		model.addAttribute("records", records);
		model.addAttribute(org.clientcare.customer.RestrictedCustomers.MODEL,
				customers.restrictedAmong(records.stream().map(org.clientcare.kpi.KpiRecordLine::customerId).toList()));
		model.addAttribute("format", new Format());
		return "kpi/records";
	}

	private String label(KpiCode code) {
		return clean(messages.getMessage("kpi.code." + code, null, code.name(), LocaleContextHolder.getLocale()));
	}

	private static String clean(String text) {
		return text == null ? "" : text.replace(",", " ");
	}

	/** A value as the charts draw it: a rate in per cent with one decimal, as the table shows it, anything else as it is. */
	private static String chartValue(KpiCode code, BigDecimal value) {
		return value == null || !Format.percent(code) ? plain(value)
				: value.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	/** How pages show a figure: a rate in percent (except the complaint rate, a number per basis), a count as is. */
	public static final class Format {

		public String value(KpiCode code, BigDecimal value) {
			if (value == null) {
				return "–";
			}
			if (percent(code)) {
				BigDecimal percent = value.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
				return (percent.signum() < 0 ? "−" : "") + percent.abs().toPlainString() + " %";
			}
			return grouped(value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.HALF_UP)
					: value.setScale(2, RoundingMode.HALF_UP));
		}

		/** Whether a figure reads in per cent: a rate, except the complaint rate, a number per basis. */
		public static boolean percent(KpiCode code) {
			return code.kind() == KpiCode.Kind.RATE && code != KpiCode.COMPLAINT_RATE;
		}

		/** A change as a fraction, shown in percent with its sign: {@code -0.2} is "−20.0 %". */
		public String change(BigDecimal fraction) {
			if (fraction == null) {
				return "–";
			}
			BigDecimal percent = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
			return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "−" : "") + percent.abs().toPlainString() + " %";
		}

		/** A numerator or denominator as it is, its thousands grouped: {@code 1921101426.27} reads {@code 1,921,101,426.27}. */
		public String number(BigDecimal value) {
			return value == null ? "–" : grouped(value.stripTrailingZeros());
		}

		/** The digits grouped by thousands, a negative number with the minus sign (−) the changes use. */
		private static String grouped(BigDecimal value) {
			var format = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
			format.setMinimumFractionDigits(Math.max(0, value.scale()));
			format.setMaximumFractionDigits(Math.max(0, value.scale()));
			String digits = format.format(value.abs());
			return value.signum() < 0 ? "−" + digits : digits;
		}

		public String lower(Object value) {
			return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
		}
	}
}
