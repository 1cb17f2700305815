package org.clientcare.remediation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.remediation.CustomerChoice;
import org.clientcare.remediation.Remediation;
import org.clientcare.remediation.RemediationFigures;
import org.clientcare.remediation.RemediationManagement;
import org.clientcare.shared.ResultPage;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mis-selling remediations (§5): {@code GET /api/v1/remediations?status=&overdue=&customerId=}, {@code GET .../{id}},
 * {@code POST .../{id}/assign} {@code {assignee}}, {@code POST .../{id}/resolve}
 * {@code {choice, refundAmount?, outcome}}, and {@code GET /api/v1/remediations/figures?from=&to=} by product, seller
 * and unit.
 */
@RestController
@RequestMapping("/api/v1/remediations")
@Validated
class RemediationController {

	private final RemediationManagement remediations;

	RemediationController(RemediationManagement remediations) {
		this.remediations = remediations;
	}

	@GetMapping
	ResultPage<Remediation> list(@RequestParam(required = false) Remediation.Status status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Long customerId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return remediations.list(status, overdue, customerId, page, size);
	}

	@GetMapping("/figures")
	RemediationFigures figures(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return remediations.figures(from, to);
	}

	@GetMapping("/{id}")
	Remediation get(@PathVariable long id) {
		return remediations.get(id);
	}

	@Requires(value = Permission.REMEDIATION_ASSIGN, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/assign")
	Remediation assign(@PathVariable long id, @RequestBody(required = false) Assign body) {
		return remediations.assign(id, body == null ? null : body.assignee());
	}

	@Requires(value = Permission.REMEDIATION_RESOLVE, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/resolve")
	Remediation resolve(@PathVariable long id, @RequestBody(required = false) Resolve body) {
		return remediations.resolve(id, body == null ? null : body.choice(), body == null ? null : body.refundAmount(),
				body == null ? null : body.outcome());
	}

	record Assign(String assignee) {
	}

	record Resolve(CustomerChoice choice, BigDecimal refundAmount, String outcome) {
	}
}
