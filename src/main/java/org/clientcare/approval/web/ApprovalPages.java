package org.clientcare.approval.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of requests waiting for me (待我审批), twenty at a time, and of my own requests. */
@Controller
class ApprovalPages {

	private final ApprovalManagement approvals;

	private final MessageSource messages;

	ApprovalPages(ApprovalManagement approvals, MessageSource messages) {
		this.approvals = approvals;
		this.messages = messages;
	}

	private static final int PAGE_SIZE = 20;

	@GetMapping("/approvals")
	String page(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var result = approvals.waitingForMe(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		var waiting = result.content();
		var mine = approvals.mine();
		Map<Long, String> summaries = new HashMap<>();
		Stream.concat(waiting.stream(), mine.stream())
			.forEach(r -> summaries.computeIfAbsent(r.id(), id -> approvals.describe(r, messages, locale)));
		model.addAttribute("result", result);
		model.addAttribute("waiting", waiting);
		model.addAttribute("mine", mine);
		model.addAttribute("summaries", summaries);
		model.addAttribute("restrictedApprovals",
				approvals.aboutRestrictedCustomers(Stream.concat(waiting.stream(), mine.stream()).toList()));
		return "approval/approvals";
	}

	@PostMapping("/approvals/{id}/{decision:approve|reject}")
	String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		try {
			if (decision.equals("approve")) {
				approvals.approve(id, note);
			}
			else {
				approvals.reject(id, note);
			}
			return "redirect:/approvals?decided&page=" + Math.max(0, page);
		}
		catch (ProblemException e) {
			model.addAttribute("error", messages.getMessage("approvals.error." + e.code(), null, e.getMessage(), locale));
			return page(page, model, locale);
		}
	}
}
