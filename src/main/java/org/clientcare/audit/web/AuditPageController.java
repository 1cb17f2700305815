package org.clientcare.audit.web;

import org.clientcare.audit.AuditTrail;
import org.clientcare.audit.internal.RestrictedSubjects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page (审计日志) for compliance: browse by entity, verify the chain. */
@Controller
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final RestrictedSubjects restricted;

	AuditPageController(AuditTrail trail, RestrictedSubjects restricted) {
		this.trail = trail;
		this.restricted = restricted;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String type = blankToNull(entityType);
		String id = blankToNull(entityId);
		int current = Math.max(0, Math.min(page, 100_000));
		long total = trail.count(type, id);
		var entries = trail.entries(type, id, current, PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("restrictedEntries", restricted.among(entries));
		model.addAttribute("entityType", type);
		model.addAttribute("entityId", id);
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		return "audit/audit";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/audit :: verification";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
