package org.clientcare.entitlement.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.entitlement.Entitlement;
import org.clientcare.entitlement.EntitlementManagement;
import org.clientcare.entitlement.EntitlementUse;
import org.clientcare.entitlement.UseStatus;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's entitlements (§12 {@code GET /api/v1/customers/{id}/entitlements}) and their uses: a use within the
 * quota answers 201, one beyond it 202 with the approval request it waits for.
 */
@RestController
class EntitlementController {

	private final EntitlementManagement entitlements;

	EntitlementController(EntitlementManagement entitlements) {
		this.entitlements = entitlements;
	}

	@GetMapping("/api/v1/customers/{id}/entitlements")
	List<Entitlement> entitlements(@PathVariable long id, @RequestParam(required = false) Integer year) {
		return entitlements.entitlementsOf(new CustomerId(id), year);
	}

	@GetMapping("/api/v1/customers/{id}/entitlement-uses")
	ResultPage<EntitlementUse> uses(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return entitlements.usesOf(new CustomerId(id), page, size);
	}

	@Requires(value = Permission.ENTITLEMENT_USE, names = Names.CUSTOMER)
	@PostMapping("/api/v1/customers/{id}/entitlements/{code}/uses")
	ResponseEntity<EntitlementUse> use(@PathVariable long id, @PathVariable String code,
			@RequestBody(required = false) Use body) {
		EntitlementUse use = entitlements.recordUse(new CustomerId(id), code, body == null ? null : body.note());
		return ResponseEntity.status(use.status() == UseStatus.RECORDED ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.body(use);
	}

	record Use(String note) {
	}
}
