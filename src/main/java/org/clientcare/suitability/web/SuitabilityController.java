package org.clientcare.suitability.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.suitability.MismatchedSale;
import org.clientcare.suitability.QuestionnaireLinks;
import org.clientcare.suitability.RiskAcknowledgment;
import org.clientcare.suitability.RiskAssessment;
import org.clientcare.suitability.RiskQuestionnaire;
import org.clientcare.suitability.RiskQuestionnaires;
import org.clientcare.suitability.SuitabilityAlert;
import org.clientcare.suitability.SuitabilityAlerts;
import org.clientcare.suitability.SuitabilityCheck;
import org.clientcare.suitability.SuitabilityManagement;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The suitability API of §12: questionnaire, assessments, checks, acknowledgments, alerts and the mismatch report. */
@RestController
class SuitabilityController {

	private final RiskQuestionnaires questionnaires;

	private final SuitabilityManagement suitability;

	private final SuitabilityAlerts alerts;

	private final QuestionnaireLinks links;

	SuitabilityController(RiskQuestionnaires questionnaires, SuitabilityManagement suitability, SuitabilityAlerts alerts,
			QuestionnaireLinks links) {
		this.questionnaires = questionnaires;
		this.suitability = suitability;
		this.alerts = alerts;
		this.links = links;
	}

	@GetMapping("/api/v1/risk-questionnaires/current")
	RiskQuestionnaire current() {
		return questionnaires.current();
	}

	/** Administrators publish a new version; it becomes the current one. */
	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/risk-questionnaires/current")
	RiskQuestionnaire publish(@Valid @RequestBody Publish body) {
		return questionnaires.publish(body.questions(), body.bands());
	}

	@Requires(value = Permission.RISK_ASSESSMENT, names = Names.CUSTOMER)
	@PostMapping("/api/v1/customers/{id}/risk-assessments")
	ResponseEntity<RiskAssessment> assess(@PathVariable long id, @Valid @RequestBody Answers body) {
		RiskAssessment assessment = suitability.assess(new CustomerId(id), body.answers());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/risk-assessments")).body(assessment);
	}

	@GetMapping("/api/v1/customers/{id}/risk-assessments")
	ResultPage<RiskAssessment> assessments(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return suitability.assessments(new CustomerId(id), page, size);
	}

	/** A single-use link to the public questionnaire page, to send the customer. */
	@Requires(value = Permission.RISK_ASSESSMENT, names = Names.CUSTOMER)
	@PostMapping("/api/v1/customers/{id}/risk-questionnaire-links")
	ResponseEntity<QuestionnaireLinks.Issued> link(@PathVariable long id) {
		QuestionnaireLinks.Issued issued = links.issue(new CustomerId(id));
		return ResponseEntity.status(201).body(issued);
	}

	@Requires(value = Permission.SUITABILITY_CHECK, names = Names.CUSTOMER)
	@PostMapping("/api/v1/suitability-checks")
	SuitabilityCheck check(@Valid @RequestBody Check body) {
		return suitability.check(new CustomerId(body.customerId()), body.productCode());
	}

	@Requires(value = Permission.RISK_ACKNOWLEDGMENT, names = Names.CUSTOMER)
	@PostMapping("/api/v1/customers/{id}/risk-acknowledgments")
	ResponseEntity<RiskAcknowledgment> acknowledge(@PathVariable long id, @Valid @RequestBody Acknowledgment body) {
		RiskAcknowledgment acknowledgment = suitability.acknowledge(new CustomerId(id), body.productCode(),
				body.signedAt().toInstant(), body.note());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/risk-acknowledgments")).body(acknowledgment);
	}

	@GetMapping("/api/v1/customers/{id}/risk-acknowledgments")
	ResultPage<RiskAcknowledgment> acknowledgments(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return suitability.acknowledgments(new CustomerId(id), page, size);
	}

	@GetMapping("/api/v1/suitability-alerts")
	ResultPage<SuitabilityAlert> alerts(@RequestParam(required = false) SuitabilityAlert.Status status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return alerts.alerts(status, page, size);
	}

	@Requires(value = Permission.SUITABILITY_OVERSIGHT, names = Names.SCOPED_RECORD)
	@PostMapping("/api/v1/suitability-alerts/{id}/close")
	SuitabilityAlert close(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
		return alerts.close(id, body == null ? null : body.get("finding"));
	}

	@GetMapping("/api/v1/suitability-mismatches")
	ResultPage<MismatchedSale> mismatches(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return alerts.mismatches(page, size);
	}

	record Publish(List<RiskQuestionnaire.Question> questions, List<RiskQuestionnaire.Band> bands) {
	}

	record Answers(@NotNull Map<String, String> answers) {
	}

	record Check(@NotNull Long customerId, @NotBlank @Size(max = 32) String productCode) {
	}

	record Acknowledgment(@NotBlank @Size(max = 32) String productCode, @NotNull OffsetDateTime signedAt,
			@Size(max = 2000) String note) {
	}
}
