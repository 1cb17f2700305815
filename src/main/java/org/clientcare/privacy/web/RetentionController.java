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

import org.clientcare.customer.DataCategory;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.privacy.RetentionCandidate;
import org.clientcare.privacy.RetentionManagement;
import org.clientcare.privacy.RetentionPeriods;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention: the periods per category of data, the dry run of the {@code retention} job and the legal holds compliance
 * sets.
 */
@RestController
@Tag(name = "Retention", description = "保存期限: anonymisation after the retention period, legal holds")
class RetentionController {

	private final RetentionManagement retention;

	RetentionController(RetentionManagement retention) {
		this.retention = retention;
	}

	@GetMapping("/api/v1/retention/candidates")
	@Operation(summary = "Dry run: per category of data, the customers past its retention, what the job scrubs "
			+ "(`parts`), whether it does, and why not; `identity` is the customer as a whole")
	ResultPage<RetentionCandidate> candidates(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "500") @Min(1) @Max(500) int size,
			@RequestParam(required = false) @Size(max = 32) String category) {
		DataCategory only = category == null || category.isBlank() ? null : DataCategory.ofKey(category.strip())
			.orElseThrow(() -> InvalidInput.of("category", "unknown", "No such category of data"));
		return retention.dryRun(page, size, only);
	}

	@GetMapping("/api/v1/retention/settings")
	@Operation(summary = "The retention period of each category of data (ISO-8601), the law's minimum, the longest")
	Map<String, Object> settings() {
		return settingsView(retention.periods());
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/retention/settings")
	@Operation(summary = "Change the retention period of some categories, e.g. {\"marketing\": \"P3Y\"} (administrators; "
			+ "identity and transactions never below P10Y, AML law Art. 34)")
	Map<String, Object> changeSettings(@RequestBody Map<String, String> body,
			@RequestParam(required = false) @Size(max = 2000) String reason) {
		return settingsView(retention.changePeriods(body, reason));
	}

	private static Map<String, Object> settingsView(RetentionPeriods periods) {
		Map<String, Object> view = new java.util.LinkedHashMap<>();
		Map<String, Object> categories = new java.util.LinkedHashMap<>();
		for (DataCategory category : DataCategory.values()) {
			Map<String, Object> one = new java.util.LinkedHashMap<>();
			one.put("period", periods.of(category).toString());
			one.put("lawfulMinimum", category.lawfulMinimum().map(Object::toString).orElse(null));
			one.put("goesEarly", periods.goesEarly(category));
			categories.put(category.key(), one);
		}
		view.put("retention", categories);
		view.put("longest", periods.longest().toString());
		return view;
	}

	@Requires(value = Permission.PRIVACY_REQUEST_HANDLE, names = Names.CUSTOMER)
	@PostMapping("/api/v1/legal-holds")
	@Operation(summary = "Set a legal hold: the customer is not anonymised while it stands")
	ResponseEntity<Map<String, Object>> hold(@Valid @RequestBody Hold body) {
		long id = retention.hold(body.customerId(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/legal-holds/" + id)).body(Map.of("id", id,
				"customerId", body.customerId()));
	}

	@Requires(value = Permission.PRIVACY_REQUEST_HANDLE, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/legal-holds/{id}/release")
	@Operation(summary = "Release a legal hold")
	Map<String, Object> release(@PathVariable long id) {
		retention.release(id);
		return Map.of("id", id, "released", true);
	}

	record Hold(@NotNull @Min(1) Long customerId, @NotBlank @Size(min = 2, max = 500) String reason) {
	}
}
