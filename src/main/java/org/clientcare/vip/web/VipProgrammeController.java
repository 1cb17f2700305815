package org.clientcare.vip.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientcare.approval.ApprovalRequest;
import org.clientcare.identity.Names;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.vip.CustomerVip;
import org.clientcare.vip.VipLevel;
import org.clientcare.vip.VipProgramme;
import org.clientcare.vip.VipProgrammeManagement;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The corporate VIP programme over the API: §12 {@code GET /api/v1/vip-programme/{year}} (404 for a year without a
 * programme, 400 naming {@code year} for a bad one), and the steps of the year's cycle — proposals, head office's
 * adjustments, the submission, mid-year changes and executives' cards — each a request a checker decides (202).
 */
@RestController
class VipProgrammeController {

	private final VipProgrammeManagement programme;

	VipProgrammeController(VipProgrammeManagement programme) {
		this.programme = programme;
	}

	@GetMapping("/api/v1/vip-programme/{year}")
	VipProgramme programme(@PathVariable String year) {
		return programme.programme(year(year));
	}

	@Requires(value = Permission.VIP_PROPOSE, names = Names.CUSTOMER)
	@PostMapping("/api/v1/vip-programme/{year}/candidates")
	ResponseEntity<Map<String, Object>> propose(@PathVariable String year, @RequestBody Proposal body) {
		if (body.customerId() == null) {
			throw InvalidInput.of("customerId", "required", "The customer to propose");
		}
		ApprovalRequest addition = programme.propose(year(year), new CustomerId(body.customerId()), level(body.level()),
				body.reason());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("year", year(year));
		answer.put("customerId", body.customerId());
		answer.put("status", "PROPOSED");
		if (addition != null) {
			answer.put("approvalId", addition.id());
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	@Requires(value = Permission.VIP_REVIEW, names = Names.CUSTOMER)
	@PutMapping("/api/v1/vip-programme/{year}/candidates/{customerId}")
	VipProgramme adjust(@PathVariable String year, @PathVariable long customerId, @RequestBody Adjustment body) {
		programme.adjust(year(year), new CustomerId(customerId), level(body.level()), body.rank(),
				Boolean.TRUE.equals(body.excluded()), body.reason());
		return programme.programme(year(year));
	}

	@Requires(Permission.VIP_REVIEW)
	@PostMapping("/api/v1/vip-programme/{year}/submit")
	ResponseEntity<Map<String, Object>> submit(@PathVariable String year, @RequestBody Reason body) {
		ApprovalRequest request = programme.submit(year(year), body.reason());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("year", year(year), "status", "PROPOSED",
				"approvalId", request.id()));
	}

	@Requires(value = Permission.VIP_PROPOSE, names = Names.CUSTOMER)
	@PostMapping("/api/v1/vip-programme/{year}/members/{customerId}/changes")
	ResponseEntity<Map<String, Object>> change(@PathVariable String year, @PathVariable long customerId,
			@RequestBody Change body) {
		VipLevel level = body.level() == null || body.level().isBlank() ? null : level(body.level());
		ApprovalRequest request = programme.requestChange(year(year), new CustomerId(customerId), level, body.reason());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("approvalId", request.id()));
	}

	@Requires(value = Permission.VIP_PROPOSE, names = Names.CUSTOMER)
	@PostMapping("/api/v1/vip-programme/{year}/cards")
	ResponseEntity<Map<String, Object>> card(@PathVariable String year, @RequestBody CardRequest body) {
		if (body.customerId() == null) {
			throw InvalidInput.of("customerId", "required", "The VIP customer");
		}
		ApprovalRequest request = programme.requestCard(year(year), new CustomerId(body.customerId()), body.holderName(),
				body.holderTitle(), body.reason());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("approvalId", request.id()));
	}

	@GetMapping("/api/v1/customers/{id}/vip")
	CustomerVip customer(@PathVariable long id) {
		return programme.vipOf(new CustomerId(id));
	}

	static int year(String year) {
		try {
			int value = Integer.parseInt(year);
			if (value >= 2000 && value <= 2100) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw InvalidInput.of("year", "range", "A year between 2000 and 2100");
	}

	static VipLevel level(String code) {
		VipLevel level = VipLevel.parse(code);
		if (level == null) {
			throw InvalidInput.of("level", "unknown", "One of SUPREME, DIAMOND, PLATINUM, GOLD");
		}
		return level;
	}

	record Proposal(Long customerId, String level, String reason) {
	}

	record Adjustment(String level, Integer rank, Boolean excluded, String reason) {
	}

	record Reason(String reason) {
	}

	record Change(String level, String reason) {
	}

	record CardRequest(Long customerId, String holderName, String holderTitle, String reason) {
	}
}
