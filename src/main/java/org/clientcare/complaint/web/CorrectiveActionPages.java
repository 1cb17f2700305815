package org.clientcare.complaint.web;

import java.util.Locale;

import org.clientcare.complaint.ComplaintCauses;
import org.clientcare.complaint.CorrectiveActionStatus;
import org.clientcare.complaint.CorrectiveActions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The corrective actions (改进措施) of the complaints a user sees: complaint handlers follow up theirs, branch managers
 * and compliance review them, open and overdue first.
 */
@Controller
class CorrectiveActionPages {

	private final CorrectiveActions actions;

	private final ComplaintCauses causes;

	CorrectiveActionPages(CorrectiveActions actions, ComplaintCauses causes) {
		this.actions = actions;
		this.causes = causes;
	}

	@GetMapping("/complaints/corrective-actions")
	String list(@RequestParam(required = false) CorrectiveActionStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean mine, Model model,
			Locale locale) {
		var list = actions.list(status, Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(mine) ? "me" : null);
		model.addAttribute("actions", list);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("mine", mine);
		model.addAttribute("statuses", CorrectiveActionStatus.values());
		model.addAttribute("causeNames", causes.names(locale));
		model.addAttribute("mayFollowUp", list.stream().map(a -> a.complaintId()).distinct()
			.filter(actions::mayHandle).collect(java.util.stream.Collectors.toSet()));
		return "complaint/corrective-actions";
	}
}
