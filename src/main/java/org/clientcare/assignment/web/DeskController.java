package org.clientcare.assignment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.assignment.AnnualPlan;
import org.clientcare.assignment.DiaryEntry;
import org.clientcare.assignment.DiaryKind;
import org.clientcare.assignment.KeyPerson;
import org.clientcare.assignment.ManagerDesk;
import org.clientcare.assignment.Opportunity;
import org.clientcare.assignment.OpportunityStage;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The manager's desk of one customer (§4): diary, key persons, annual plans and opportunities, within scope. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class DeskController {

	private final ManagerDesk desk;

	DeskController(ManagerDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/diary")
	ResultPage<DiaryEntry> diary(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return desk.diary(new CustomerId(id), page, size);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping("/diary")
	ResponseEntity<DiaryEntry> addDiary(@PathVariable long id, @RequestBody NewDiaryEntry body) {
		DiaryEntry entry = desk.addDiary(new CustomerId(id), body.date(), body.kind(), body.text());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/diary")).body(entry);
	}

	@GetMapping("/key-persons")
	ResultPage<KeyPerson> keyPersons(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(desk.keyPersons(new CustomerId(id)), page, size);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping("/key-persons")
	ResponseEntity<KeyPerson> addKeyPerson(@PathVariable long id, @RequestBody NewKeyPerson body) {
		KeyPerson person = desk.addKeyPerson(new CustomerId(id), body.name(), body.title(), body.phone());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/key-persons")).body(person);
	}

	@GetMapping("/plans")
	ResultPage<AnnualPlan> plans(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(desk.plans(new CustomerId(id)), page, size);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping("/plans")
	ResponseEntity<AnnualPlan> addPlan(@PathVariable long id, @RequestBody NewPlan body) {
		AnnualPlan plan = desk.addPlan(new CustomerId(id), body.year(), body.goals(), body.actions());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/plans")).body(plan);
	}

	@GetMapping("/opportunities")
	ResultPage<Opportunity> opportunities(@PathVariable long id,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(desk.opportunities(new CustomerId(id)), page, size);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PostMapping("/opportunities")
	ResponseEntity<Opportunity> addOpportunity(@PathVariable long id, @RequestBody NewOpportunity body) {
		Opportunity created = desk.addOpportunity(new CustomerId(id), body.source(), body.product(),
				body.expectedAmount(), body.stage());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/opportunities/" + created.id()))
			.body(created);
	}

	@Requires(value = Permission.CUSTOMER_WRITE, names = Names.CUSTOMER)
	@PatchMapping("/opportunities/{opportunityId}")
	Opportunity changeStage(@PathVariable long id, @PathVariable long opportunityId, @RequestBody StageChange body) {
		return desk.changeStage(new CustomerId(id), opportunityId, body.stage());
	}

	record NewDiaryEntry(LocalDate date, DiaryKind kind, String text) {
	}

	record NewKeyPerson(String name, String title, String phone) {
	}

	record NewPlan(Integer year, String goals, String actions) {
	}

	record NewOpportunity(String source, String product, BigDecimal expectedAmount, OpportunityStage stage) {
	}

	record StageChange(OpportunityStage stage) {
	}
}
