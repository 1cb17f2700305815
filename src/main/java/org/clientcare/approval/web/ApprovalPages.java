package org.clientcare.approval.web;

import org.clientcare.approval.ApprovalManagement;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of requests waiting for me (待我审批) and of my own requests. */
@Controller
class ApprovalPages {

	private final ApprovalManagement approvals;

	ApprovalPages(ApprovalManagement approvals) {
		this.approvals = approvals;
	}

	@GetMapping("/approvals")
	String page(Model model) {
		model.addAttribute("waiting", approvals.waitingForMe());
		model.addAttribute("mine", approvals.mine());
		return "approval/approvals";
	}

	@PostMapping("/approvals/{id}/{decision:approve|reject}")
	String decide(@PathVariable long id, @PathVariable String decision, @RequestParam(required = false) String note,
			Model model) {
		try {
			if (decision.equals("approve")) {
				approvals.approve(id, note);
			}
			else {
				approvals.reject(id, note);
			}
			return "redirect:/approvals?decided";
		}
		catch (ProblemException e) {
			model.addAttribute("error", e.getMessage());
			return page(model);
		}
	}
}
