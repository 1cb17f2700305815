package org.clientcare.assignment.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.assignment.Assignment;
import org.clientcare.assignment.AssignmentManagement;
import org.clientcare.assignment.AssignmentSource;
import org.clientcare.assignment.CreditLine;
import org.clientcare.assignment.ManagerGrading;
import org.clientcare.assignment.ManagerSummary;
import org.clientcare.customer.CustomerView;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assignment endpoints (§4, §12): a customer's manager and history, the unassigned queue, bulk reassignment (202 with
 * the approval request), credit lines, and the account managers with their grades.
 */
@RestController
class AssignmentController {

	private final AssignmentManagement assignments;

	private final ManagerGrading grading;

	AssignmentController(AssignmentManagement assignments, ManagerGrading grading) {
		this.assignments = assignments;
		this.grading = grading;
	}

	@Requires(value = Permission.CUSTOMER_REASSIGN, names = Names.CUSTOMER)
	@PutMapping("/api/v1/customers/{id}/manager")
	Assignment assign(@PathVariable long id, @RequestBody ManagerChange body) {
		return assignments.assign(new CustomerId(id), body.managerUsername(), body.reason(), body.source());
	}

	@GetMapping("/api/v1/customers/{id}/assignments")
	ResultPage<Assignment> history(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(assignments.history(new CustomerId(id)), page, size);
	}

	@GetMapping("/api/v1/assignment/unassigned")
	ResultPage<CustomerView> unassigned(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return assignments.unassigned(page, size);
	}

	@Requires(Permission.CUSTOMER_REASSIGN)
	@PostMapping("/api/v1/assignment/bulk")
	ResponseEntity<ApprovalRequest> bulk(@RequestBody BulkChange body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(assignments.requestBulk(body.fromManager(), body.toManager(), body.reason(), body.source()));
	}

	@Requires(value = Permission.CUSTOMER_REASSIGN, names = Names.CUSTOMER)
	@PutMapping("/api/v1/customers/{id}/credit-line")
	CreditLine creditLine(@PathVariable long id, @RequestBody CreditLineChange body) {
		return grading.setCreditLine(new CustomerId(id), body.amount());
	}

	@GetMapping("/api/v1/assignment/managers")
	ResultPage<ManagerSummary> managers(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(grading.managers(), page, size);
	}

	@GetMapping("/api/v1/assignment/managers/{username}")
	ManagerSummary manager(@PathVariable String username) {
		return grading.manager(username);
	}

	record ManagerChange(String managerUsername, String reason, AssignmentSource source) {
	}

	record BulkChange(String fromManager, String toManager, String reason, AssignmentSource source) {
	}

	record CreditLineChange(BigDecimal amount) {
	}
}
