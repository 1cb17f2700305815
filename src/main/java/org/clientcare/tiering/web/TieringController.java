package org.clientcare.tiering.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.tiering.CustomerFigures;
import org.clientcare.tiering.FiguresImport;
import org.clientcare.tiering.FiguresIntake;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierSettings;
import org.clientcare.tiering.TierView;
import org.clientcare.tiering.TieringManagement;
import org.clientcare.tiering.VersionedTierSettings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The tiering endpoints of §12: figures intake (single and CSV), the tier with its explanation, overrides, settings. */
@RestController
class TieringController {

	private final TieringManagement tiering;

	private final FiguresIntake intake;

	TieringController(TieringManagement tiering, FiguresIntake intake) {
		this.tiering = tiering;
		this.intake = intake;
	}

	@Requires(Permission.INTAKE)
	@PutMapping("/api/v1/customers/{id}/metrics")
	CustomerFigures metrics(@PathVariable long id, @RequestBody CustomerFigures body) {
		return intake.record(new CustomerId(id), body);
	}

	@Requires(Permission.INTAKE)
	@PostMapping("/api/v1/imports/metrics")
	FiguresImport importMetrics(@RequestParam("file") MultipartFile file) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "required", "Send the CSV file as the multipart part 'file'");
		}
		try (var in = file.getInputStream()) {
			return intake.importCsv(in);
		}
	}

	@GetMapping("/api/v1/customers/{id}/tier")
	TierView tier(@PathVariable long id) {
		return tiering.tierOf(new CustomerId(id));
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping("/api/v1/customers/{id}/tier-override")
	ResponseEntity<ApprovalRequest> override(@PathVariable long id, @Valid @RequestBody Override body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(tiering.requestOverride(new CustomerId(id), body.tier(), body.reason(), body.until()));
	}

	@GetMapping("/api/v1/tiering/settings")
	VersionedTierSettings settings() {
		return tiering.settings();
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/tiering/settings")
	VersionedTierSettings changeSettings(@RequestBody TierSettings body,
			@RequestParam(required = false) @Size(max = 2000) String reason) {
		return tiering.changeSettings(body, reason);
	}

	record Override(@NotNull Tier tier, @NotBlank @Size(max = 2000) String reason, LocalDate until) {
	}
}
