package org.clientcare.complaint.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintRegulatorReport;
import org.clientcare.complaint.ComplaintRegulatorReport.Quarter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly regulator's report as a download, for the API and the analysis page alike: the quarter checked first
 * (400 naming {@code quarter}), then the workbook streamed with its labels in the reader's language.
 */
@Component
class RegulatorReportDownload {

	private final ComplaintRegulatorReport reports;

	private final ComplaintManagement complaints;

	private final MessageSource messages;

	RegulatorReportDownload(ComplaintRegulatorReport reports, ComplaintManagement complaints, MessageSource messages) {
		this.reports = reports;
		this.complaints = complaints;
		this.messages = messages;
	}

	void send(String quarterText, HttpServletResponse response, Locale locale) throws IOException {
		Quarter quarter = Quarter.parse(quarterText);
		var report = reports.report(quarter);
		Map<String, String> categories = complaints.categories(locale);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"complaint-statistics-" + quarter + ".xlsx\"");
		reports.write(report, key -> {
			if (key.startsWith("category.")) {
				String code = key.substring("category.".length());
				return categories.getOrDefault(code, code);
			}
			if (key.startsWith("channel.")) {
				return messages.getMessage("complaint." + key, null, key, locale);
			}
			return messages.getMessage("regulatorReport." + key, null, key, locale);
		}, response.getOutputStream());
	}
}
