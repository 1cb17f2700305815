package org.clientcare.complaint.web;

import java.math.BigDecimal;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintStatus;
import org.clientcare.complaint.ComplaintView;
import org.clientcare.complaint.RegisterComplaint;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The complaint endpoints of §12: registration, the lifecycle steps (409 when illegal), reading and listing. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

	private final ComplaintManagement complaints;

	private final RegulatorReportDownload regulatorReport;

	private final org.clientcare.complaint.ComplaintTriage triage;

	private final org.clientcare.complaint.CorrectiveActions actions;

	private final org.clientcare.complaint.ComplaintAnalysis analysis;

	private final org.clientcare.identity.Authorization authorization;

	private final java.time.Clock clock;

	ComplaintController(ComplaintManagement complaints, RegulatorReportDownload regulatorReport,
			org.clientcare.complaint.ComplaintTriage triage, org.clientcare.complaint.CorrectiveActions actions,
			org.clientcare.complaint.ComplaintAnalysis analysis, org.clientcare.identity.Authorization authorization,
			java.time.Clock clock) {
		this.triage = triage;
		this.actions = actions;
		this.analysis = analysis;
		this.authorization = authorization;
		this.clock = clock;
		this.complaints = complaints;
		this.regulatorReport = regulatorReport;
	}

	/**
	 * The regulator's quarterly complaint statistics as .xlsx ({@code quarter=2026-Q4}): category × business line ×
	 * channel with counts and on-time figures, and repeat complainants; branch managers (their units) and compliance.
	 */
	@GetMapping("/reports/regulator")
	void regulatorReport(@RequestParam(required = false) String quarter, jakarta.servlet.http.HttpServletResponse response,
			java.util.Locale locale) throws java.io.IOException {
		regulatorReport.send(quarter, response, locale);
	}

	/**
	 * The analysis of the complaints received from {@code from} to {@code to} (default: the last 90 days): by category,
	 * cause, severity, business line, channel, org unit, product, hour, weekday and month with on-time figures, repeat
	 * complainants, satisfaction and the corrective actions; branch managers (their units) and compliance.
	 */
	@GetMapping("/analysis")
	org.clientcare.complaint.ComplaintAnalysis.Analysis analysis(
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to) {
		authorization.require(org.clientcare.identity.Permission.OVERSIGHT_READ);
		java.time.LocalDate[] period = AnalysisPeriod.of(from, to, clock);
		return analysis.analyse(period[0], period[1]);
	}

	@Requires(value = Permission.COMPLAINT_REGISTER, names = Names.CUSTOMER)
	@PostMapping
	ResponseEntity<ComplaintView> register(@Valid @RequestBody RegisterComplaint body) {
		ComplaintView created = complaints.register(body);
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	ComplaintView get(@PathVariable long id) {
		return complaints.get(id);
	}

	@GetMapping
	ResultPage<ComplaintView> list(@RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) @Size(max = 32) String department,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return complaints.list(status, overdue, department, page, size);
	}

	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/acknowledge")
	ComplaintView acknowledge(@PathVariable long id, @Valid @RequestBody(required = false) Acknowledge body) {
		return complaints.acknowledge(id, body == null ? null : body.message());
	}

	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/assign")
	ComplaintView assign(@PathVariable long id, @Valid @RequestBody Assign body) {
		return complaints.assign(id, body.department(), body.handler());
	}

	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/notes")
	ComplaintView note(@PathVariable long id, @Valid @RequestBody Note body) {
		return complaints.note(id, body.text());
	}

	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/resolve")
	ComplaintView resolve(@PathVariable long id, @Valid @RequestBody Resolve body) {
		return complaints.resolve(id, body.resolution(), body.compensationAmount(), body.cause());
	}

	@Requires(value = Permission.COMPLAINT_FEEDBACK, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/feedback")
	ComplaintView feedback(@PathVariable long id, @Valid @RequestBody Feedback body) {
		return complaints.feedback(id, body.accepted(), body.satisfaction(), body.comment());
	}

	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/extend")
	ResponseEntity<ApprovalRequest> extend(@PathVariable long id, @Valid @RequestBody Extend body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(complaints.extend(id, body.days(), body.reason()));
	}

	/** Triage: the complaint's severity and/or cause; a complaint that becomes major goes to compliance at once. */
	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/triage")
	ComplaintView triage(@PathVariable long id, @Valid @RequestBody Triage body) {
		return triage.triage(id, body.severity(), body.cause(), body.note());
	}

	/** Adds a corrective action (改进措施) with its owner and due date: 201 with the action. */
	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/corrective-actions")
	ResponseEntity<org.clientcare.complaint.CorrectiveAction> addAction(@PathVariable long id,
			@Valid @RequestBody NewAction body) {
		var created = actions.add(id, body.description(), body.owner(), body.dueDate());
		return ResponseEntity.created(URI.create("/api/v1/corrective-actions/" + created.id())).body(created);
	}

	/** Stops the regulatory clock (§6, §12): the answer carries the complaint, its clock standing still. */
	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/pause")
	ComplaintView pause(@PathVariable long id, @Valid @RequestBody Pause body) {
		return complaints.pause(id, body.reason(), body.note());
	}

	/** Restarts the regulatory clock: the answer carries the moved {@code regulatoryDueAt}. */
	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/resume")
	ComplaintView resume(@PathVariable long id, @RequestBody(required = false) java.util.Map<String, Object> body) {
		return complaints.resume(id);
	}

	/** New facts from the complainant: 202 with the approval request that restarts the regulatory count. */
	@Requires(value = Permission.COMPLAINT_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/new-facts")
	ResponseEntity<ApprovalRequest> newFacts(@PathVariable long id, @Valid @RequestBody NewFacts body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(complaints.newFacts(id, body.text(), body.receivedAt() == null ? null : body.receivedAt().toInstant()));
	}

	record Pause(@NotBlank @Size(max = 16) String reason, @Size(max = 2000) String note) {
	}

	record NewFacts(@NotBlank @Size(max = 10_000) String text, java.time.OffsetDateTime receivedAt) {
	}

	record Acknowledge(@Size(max = 2000) String message) {
	}

	record Assign(@NotBlank @Size(max = 32) String department, @Size(max = 64) String handler) {
	}

	record Note(@NotBlank @Size(max = 10_000) String text) {
	}

	record Resolve(@NotBlank @Size(max = 10_000) String resolution, BigDecimal compensationAmount,
			@Size(max = 32) String cause) {
	}

	record Triage(@Size(max = 16) String severity, @Size(max = 32) String cause, @Size(max = 2000) String note) {
	}

	record NewAction(@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 64) String owner,
			@NotNull java.time.LocalDate dueDate) {
	}

	record Feedback(@NotNull Boolean accepted, @Min(1) @Max(5) Integer satisfaction, @Size(max = 2000) String comment) {
	}

	record Extend(@NotNull @Min(1) @Max(60) Integer days, @NotBlank @Size(max = 2000) String reason) {
	}
}
