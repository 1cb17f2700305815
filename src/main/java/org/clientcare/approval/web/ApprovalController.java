package org.clientcare.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The checker's decisions (§12): approve or reject; the maker may not decide (403). */
@RestController
class ApprovalController {

	private final ApprovalManagement approvals;

	ApprovalController(ApprovalManagement approvals) {
		this.approvals = approvals;
	}

	@GetMapping("/api/v1/approvals")
	@Operation(summary = "The pending requests the caller may decide (never its own), newest first, one page")
	ResultPage<ApprovalRequest> waiting(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return approvals.waitingForMe(page, size);
	}

	@GetMapping("/api/v1/approvals/{id}")
	ApprovalRequest get(@PathVariable long id) {
		return approvals.get(id);
	}

	@Requires(value = { Permission.APPROVE_TIER_OVERRIDE, Permission.APPROVE_CUSTOMER_CLOSURE,
			Permission.APPROVE_BULK_REASSIGNMENT, Permission.APPROVE_COMPENSATION, Permission.APPROVE_DEADLINE_EXTENSION,
			Permission.APPROVE_CAMPAIGN, Permission.APPROVE_FAQ_PUBLICATION, Permission.APPROVE_ENTITLEMENT_OVERUSE,
			Permission.APPROVE_VIP_PROGRAMME }, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/approvals/{id}/approve")
	ApprovalRequest approve(@PathVariable long id, @RequestBody(required = false) Decision body) {
		return approvals.approve(id, body == null ? null : body.note());
	}

	@Requires(value = { Permission.APPROVE_TIER_OVERRIDE, Permission.APPROVE_CUSTOMER_CLOSURE,
			Permission.APPROVE_BULK_REASSIGNMENT, Permission.APPROVE_COMPENSATION, Permission.APPROVE_DEADLINE_EXTENSION,
			Permission.APPROVE_CAMPAIGN, Permission.APPROVE_FAQ_PUBLICATION, Permission.APPROVE_ENTITLEMENT_OVERUSE,
			Permission.APPROVE_VIP_PROGRAMME }, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/approvals/{id}/reject")
	ApprovalRequest reject(@PathVariable long id, @RequestBody(required = false) Decision body) {
		return approvals.reject(id, body == null ? null : body.note());
	}

	record Decision(@Size(max = 2000) String note) {
	}
}
