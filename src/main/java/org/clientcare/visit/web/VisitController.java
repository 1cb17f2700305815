package org.clientcare.visit.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;
import org.clientcare.visit.OpenCaseFromVisit;
import org.clientcare.visit.RecordVisit;
import org.clientcare.visit.VisitDue;
import org.clientcare.visit.VisitManagement;
import org.clientcare.visit.VisitView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The visit endpoints of §12: record a visit, read the ledger; plus one visit, a case from its next steps and the
 * manager's worklist.
 */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits", description = "客户拜访: the visit ledger (拜访记录台账)")
class VisitController {

	private final VisitManagement visits;

	VisitController(VisitManagement visits) {
		this.visits = visits;
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping
	@Operation(summary = "Record a visit; a need that needs resources is escalated to the team leader")
	ResponseEntity<VisitView> record(@Valid @RequestBody RecordVisit body) {
		VisitView created = visits.record(body);
		return ResponseEntity.created(URI.create("/api/v1/visits/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "The ledger within the caller's scope, newest first (manager: a username or me)")
	ResultPage<VisitView> ledger(@RequestParam(required = false) @Min(1) Long customerId,
			@RequestParam(required = false) String manager,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return visits.ledger(customerId, manager, from, to, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit")
	VisitView get(@PathVariable long id) {
		return visits.get(id);
	}

	@Requires(value = Permission.CASE_STEP, names = Names.SCOPED_RECORD)
	@PostMapping("/{id}/case")
	@Operation(summary = "Turn the visit's next steps into a case of the customer (409 when the visit has its case)")
	ResponseEntity<VisitView> openCase(@PathVariable long id, @Valid @RequestBody OpenCaseFromVisit body) {
		VisitView visit = visits.openCase(id, body);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + visit.followUpCaseId())).body(visit);
	}

	@GetMapping("/due")
	@Operation(summary = "The caller's customers due or overdue for a visit by their tier's frequency")
	ResultPage<VisitDue> due(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return visits.worklist(page, size);
	}
}
