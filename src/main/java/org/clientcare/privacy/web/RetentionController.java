package org.clientcare.privacy.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.privacy.RetentionCandidate;
import org.clientcare.privacy.RetentionManagement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Retention: the dry run of the {@code retention} job and the legal holds compliance sets. */
@RestController
@Tag(name = "Retention", description = "保存期限: anonymisation after the retention period, legal holds")
class RetentionController {

	private final RetentionManagement retention;

	RetentionController(RetentionManagement retention) {
		this.retention = retention;
	}

	@GetMapping("/api/v1/retention/candidates")
	@Operation(summary = "Dry run: the customers past their retention, whether the job anonymises them, and why not")
	List<RetentionCandidate> candidates(@RequestParam(defaultValue = "500") @Min(1) @Max(10_000) int size) {
		return retention.dryRun(size);
	}

	@PostMapping("/api/v1/legal-holds")
	@Operation(summary = "Set a legal hold: the customer is not anonymised while it stands")
	ResponseEntity<Map<String, Object>> hold(@Valid @RequestBody Hold body) {
		long id = retention.hold(body.customerId(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/legal-holds/" + id)).body(Map.of("id", id,
				"customerId", body.customerId()));
	}

	@PostMapping("/api/v1/legal-holds/{id}/release")
	@Operation(summary = "Release a legal hold")
	Map<String, Object> release(@PathVariable long id) {
		retention.release(id);
		return Map.of("id", id, "released", true);
	}

	record Hold(@NotNull @Min(1) Long customerId, @NotBlank @Size(min = 2, max = 500) String reason) {
	}
}
