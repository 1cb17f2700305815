package org.clientcare.assignment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.assignment.AssignmentManagement;
import org.clientcare.assignment.AssignmentSource;
import org.clientcare.assignment.ManagerGrading;
import org.clientcare.assignment.OpportunityPipeline;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerView;
import org.clientcare.customer.RestrictedCustomers;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages: the unassigned queue with one-click assignment (htmx), the reassignment form of the customer page, the
 * managers with their grades, the pipeline.
 */
@Controller
class AssignmentPages {

	private static final int PAGE_SIZE = 50;

	private final AssignmentManagement assignments;

	private final ManagerGrading grading;

	private final OpportunityPipeline pipeline;

	private final MessageSource messages;

	private final CustomerManagement customers;

	AssignmentPages(AssignmentManagement assignments, ManagerGrading grading, OpportunityPipeline pipeline,
			MessageSource messages, CustomerManagement customers) {
		this.customers = customers;
		this.assignments = assignments;
		this.grading = grading;
		this.pipeline = pipeline;
		this.messages = messages;
	}

	@GetMapping("/assignment/unassigned")
	String unassigned(@RequestParam(defaultValue = "0") int page, Model model) {
		ResultPage<CustomerView> result = assignments.unassigned(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		Map<String, List<StaffUser>> candidates = new LinkedHashMap<>();
		if (assignments.mayClearQueue()) {
			result.content().forEach(c -> candidates.computeIfAbsent(c.orgUnit(), assignments::candidates));
		}
		model.addAttribute("result", result);
		model.addAttribute("candidates", candidates);
		return "assignment/unassigned";
	}

	/** One click in the queue: assigns the customer (source NATURAL) and answers the row that replaces it. */
	@PostMapping("/assignment/unassigned/{id}")
	String assign(@PathVariable long id, @RequestParam(defaultValue = "") String manager, Model model, Locale locale) {
		model.addAttribute("customerId", id);
		try {
			model.addAttribute("assigned", assignments.assign(new CustomerId(id), manager,
					messages.getMessage("assignment.queue.reason", null, locale), AssignmentSource.NATURAL));
		}
		catch (ProblemException e) {
			model.addAttribute("error", messages.getMessage("desk.reassign.error." + errorCode(e), null, locale));
		}
		return "assignment/unassigned :: done";
	}

	/**
	 * The customer page's reassignment form: gives the customer the chosen manager with the source and reason, and
	 * comes back to the desk saying so, or naming what to correct (the field, or that someone changed it meanwhile).
	 */
	@PostMapping("/customers/{id}/manager")
	String reassign(@PathVariable long id, @RequestParam(defaultValue = "") String manager,
			@RequestParam(required = false) AssignmentSource source, @RequestParam(defaultValue = "") String reason) {
		try {
			assignments.assign(new CustomerId(id), manager, reason, source);
			return "redirect:/customers/" + id + "?reassigned#desk";
		}
		catch (InvalidInput | Conflict e) {
			return "redirect:/customers/" + id + "?reassignError=" + errorCode(e) + "#desk";
		}
	}

	/** The field at fault or the conflict, as the form words it; "other" for anything else. */
	private static String errorCode(ProblemException e) {
		String code = e instanceof InvalidInput invalid && !invalid.fieldProblems().isEmpty()
				? invalid.fieldProblems().get(0).field() : e.code();
		return REASSIGN_ERRORS.contains(code) ? code : "other";
	}

	/** What the reassignment form words an error for (desk.reassign.error.*); anything else is "other". */
	private static final java.util.Set<String> REASSIGN_ERRORS = java.util.Set.of("reason", "managerUsername",
			"source", "already-assigned", "changed-meanwhile", "customer-closed");

	@GetMapping("/assignment/managers")
	String managers(Model model) {
		model.addAttribute("managers", grading.managers());
		return "assignment/managers";
	}

	@GetMapping("/assignment/pipeline")
	String pipeline(Model model) {
		var p = pipeline.mine();
		model.addAttribute("p", p);
		model.addAttribute(RestrictedCustomers.MODEL,
				customers.restrictedAmong(p.largestOpen().stream().map(i -> i.opportunity().customerId()).toList()));
		return "assignment/pipeline";
	}
}
