package org.clientcare.audit.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditTrail;
import org.clientcare.audit.AuditVerification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Compliance's read of the audit trail (§12): {@code GET /api/v1/audit}, {@code GET /api/v1/audit/verify}. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	Page list(@RequestParam(required = false) @Pattern(regexp = "[a-z_-]{1,32}") String entityType,
			@RequestParam(required = false) @Size(max = 64) String entityId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new Page(trail.entries(entityType, entityId, page, size), page, size, trail.count(entityType, entityId));
	}

	@GetMapping("/verify")
	AuditVerification verify() {
		return trail.verify();
	}

	record Page(List<AuditEntry> content, int page, int size, long totalElements) {
	}
}
