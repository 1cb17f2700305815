package org.clientcare.casework.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.clientcare.casework.CaseManagement;
import org.clientcare.casework.CaseStatus;
import org.clientcare.casework.CaseType;
import org.clientcare.casework.CaseView;
import org.clientcare.casework.OpenCase;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case endpoints of §12: open, advance, reject, pause, resume, read, list; plus the document checklist. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "业务进度跟踪: cases moving through the stages of their type's template")
class CaseController {

	private final CaseManagement cases;

	CaseController(CaseManagement cases) {
		this.cases = cases;
	}

	@Requires(value = Permission.CASE_STEP, names = Names.CUSTOMER)
	@PostMapping
	@Operation(summary = "Open a case for a customer in the first stage of its type's current template")
	ResponseEntity<CaseView> open(@Valid @RequestBody OpenCase body) {
		CaseView created = cases.open(body);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "Cases within the caller's scope, open ones first, soonest due first")
	ResultPage<CaseView> list(@RequestParam(required = false) @Min(1) Long customerId,
			@RequestParam(required = false) CaseType type, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return cases.list(customerId, type, status, overdue, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case with its history of stages")
	CaseView get(@PathVariable long id) {
		return cases.get(id);
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/advance")
	@Operation(summary = "Move the case into its next stage; from the last one it is COMPLETED (409 when it cannot move)")
	CaseView advance(@PathVariable long id, @Valid @RequestBody(required = false) Note body) {
		return cases.advance(id, body == null ? null : body.note());
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/reject")
	@Operation(summary = "Reject the case with a reason; the customer gets the refusal notice")
	CaseView reject(@PathVariable long id, @Valid @RequestBody Reason body) {
		return cases.reject(id, body.reason());
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/pause")
	@Operation(summary = "Pause the case (waiting for the customer or a third party); the stage clock stops")
	CaseView pause(@PathVariable long id, @Valid @RequestBody Reason body) {
		return cases.pause(id, body.reason());
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume a paused case; the stage's due time moves by the paused time")
	CaseView resume(@PathVariable long id) {
		return cases.resume(id);
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/checklist")
	@Operation(summary = "Ask the customer for the missing documents, once, as one list (一次性告知)")
	CaseView checklist(@PathVariable long id, @Valid @RequestBody Checklist body) {
		return cases.askForDocuments(id, body.documents());
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/checklist/{documentId}/received")
	@Operation(summary = "Tick a document of the checklist off as received")
	CaseView received(@PathVariable long id, @PathVariable long documentId) {
		return cases.documentReceived(id, documentId);
	}

	record Note(@Size(max = 2000) String note) {
	}

	record Reason(@NotBlank @Size(max = 2000) String reason) {
	}

	record Checklist(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> documents) {
	}
}
