package org.clientcare.complaint.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.complaint.ComplaintAnalysis;

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

	ComplaintAnalysisPages(ComplaintAnalysis analysis, Clock clock) {
		this.analysis = analysis;
		this.clock = clock;
	}

	@GetMapping("/complaints/analysis")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate[] period = period(from, to);
		model.addAttribute("a", analysis.analyse(period[0], period[1]));
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

	/** Defaults to the last 90 days; at most ten years. */
	private LocalDate[] period(LocalDate from, LocalDate to) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null || from.isAfter(end) ? end.minusDays(90) : from;
		if (ChronoUnit.DAYS.between(start, end) > 3660) {
			start = end.minusDays(3660);
		}
		return new LocalDate[] { start, end };
	}
}
