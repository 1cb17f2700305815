package org.clientcare.privacy.web;

import java.net.URI;
import java.util.Map;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.privacy.PrivacyManagement;
import org.clientcare.privacy.PrivacyRequestFigures;
import org.clientcare.privacy.PrivacyRequestKind;
import org.clientcare.privacy.PrivacyRequestStatus;
import org.clientcare.privacy.PrivacyRequestView;
import org.clientcare.privacy.RegisterPrivacyRequest;
import org.clientcare.shared.ResultPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data-subject requests (PIPL Arts. 44–47): registration, list, assignment, answer, and the on-time figures. */
@RestController
@RequestMapping("/api/v1/privacy-requests")
@Tag(name = "Privacy requests", description = "个人信息主体权利请求: access, correction, consent withdrawal, deletion")
class PrivacyRequestController {

	private final PrivacyManagement privacy;

	PrivacyRequestController(PrivacyManagement privacy) {
		this.privacy = privacy;
	}

	@Requires(value = Permission.PRIVACY_REQUEST_REGISTER, names = Names.CUSTOMER)
	@PostMapping
	@Operation(summary = "Register a request from any channel; due 15 working days after the day of receipt")
	ResponseEntity<PrivacyRequestView> register(@Valid @RequestBody RegisterPrivacyRequest body) {
		PrivacyRequestView created = privacy.register(body);
		return ResponseEntity.created(URI.create("/api/v1/privacy-requests/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "Requests within the caller's scope, open ones first by due date")
	ResultPage<PrivacyRequestView> list(@RequestParam(required = false) PrivacyRequestStatus status,
			@RequestParam(required = false) PrivacyRequestKind kind, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @Min(1) Long customerId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return privacy.list(status, kind, overdue, customerId, page, size);
	}

	@GetMapping("/figures")
	@Operation(summary = "The on-time rate of data-subject requests: answered by their due date between two days "
			+ "(inclusive), open and overdue today, for an org unit and the units below it (default: all in reach); "
			+ "an opt-in figure beside the 14 of GET /api/v1/kpis")
	PrivacyRequestFigures figures(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) @Size(max = 32) String orgUnit) {
		return privacy.figures(from, to, orgUnit);
	}

	@GetMapping("/{id}")
	PrivacyRequestView get(@PathVariable long id) {
		return privacy.get(id);
	}

	@Requires(value = Permission.PRIVACY_REQUEST_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/assign")
	@Operation(summary = "Give the request to a staff member who handles such requests")
	PrivacyRequestView assign(@PathVariable long id, @Valid @RequestBody Assign body) {
		return privacy.assign(id, body.assignee());
	}

	@Requires(value = Permission.PRIVACY_REQUEST_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer the request (409 when answered already): a correction applies `corrections`, a consent "
			+ "withdrawal withdraws `withdrawals`, a deletion restricts the customer")
	PrivacyRequestView answer(@PathVariable long id, @Valid @RequestBody Answer body) {
		return privacy.answer(id, body.answer(), Boolean.TRUE.equals(body.refused()), body.corrections(), body.withdrawals());
	}

	record Assign(@NotBlank @Size(max = 64) String assignee) {
	}

	/**
	 * @param corrections for a correction: field → corrected value (name, phone, email, address, birthDate, occupation,
	 *                    familyStatus)
	 * @param withdrawals for a consent withdrawal: the purposes withdrawn (MARKETING, DATA_SHARING, SERVICE)
	 */
	record Answer(@NotBlank @Size(max = 4000) String answer, Boolean refused, Map<String, Object> corrections,
			java.util.Set<org.clientcare.customer.ConsentPurpose> withdrawals) {
	}
}
