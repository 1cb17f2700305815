package org.clientcare.revisit.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.HesitationScript;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitOutcome;
import org.clientcare.revisit.RevisitQuestionnaire;
import org.clientcare.revisit.RevisitStatus;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revisit endpoints of §12: the worklist, one revisit, an attempt's outcome, manual revisits, and sending the
 * electronic questionnaire (202 with the link's expiry).
 */
@RestController
@RequestMapping("/api/v1")
@Validated
class RevisitController {

	private final RevisitManagement revisits;

	private final RevisitQuestionnaire questionnaire;

	RevisitController(RevisitManagement revisits, RevisitQuestionnaire questionnaire) {
		this.revisits = revisits;
		this.questionnaire = questionnaire;
	}

	@GetMapping("/revisits")
	ResultPage<RevisitView> list(@RequestParam(required = false) @Size(max = 64) String assignee,
			@RequestParam(required = false) RevisitStatus status, @RequestParam(required = false) LocalDate dueBefore,
			@RequestParam(required = false) Long customerId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return revisits.list(assignee, status, dueBefore, customerId, page, size);
	}

	@GetMapping("/revisits/{id}")
	RevisitView get(@PathVariable long id) {
		return revisits.get(id);
	}

	@Requires(value = Permission.REVISIT_OUTCOME, names = Names.SCOPED_RECORD)
	@PostMapping("/revisits/{id}/outcome")
	RevisitView outcome(@PathVariable long id, @RequestBody Outcome body) {
		return revisits.recordOutcome(id, new RevisitOutcome(body.method(), body.reached(), body.satisfaction(),
				body.productUsage(), body.problems(), body.suggestions(), body.notes(),
				body.script() == null ? null : new HesitationScript(body.script())));
	}

	@Requires(value = Permission.REVISIT_OUTCOME, names = Names.SCOPED_RECORD)
	@PostMapping("/revisits/{id}/questionnaire")
	ResponseEntity<java.util.Map<String, Object>> questionnaire(@PathVariable long id) {
		return ResponseEntity.accepted().body(java.util.Map.of("revisitId", id, "expiresAt", questionnaire.send(id)));
	}

	@Requires(value = Permission.REVISIT_PLAN, names = Names.CUSTOMER)
	@PostMapping("/customers/{id}/revisits")
	ResponseEntity<RevisitView> plan(@PathVariable long id, @RequestBody(required = false) Manual body) {
		RevisitView created = revisits.planManual(id, body == null ? null : body.dueDate(), body == null ? null : body.notes());
		return ResponseEntity.created(URI.create("/api/v1/revisits/" + created.id())).body(created);
	}

	/** An attempt's outcome; {@code script}: each item of a hesitation-period revisit's script, true when confirmed. */
	record Outcome(ContactMethod method, Boolean reached, Integer satisfaction, String productUsage, String problems,
			String suggestions, String notes, java.util.Map<HesitationScript.Item, Boolean> script) {
	}

	record Manual(LocalDate dueDate, String notes) {
	}
}
