package org.clientcare.revisit.web;

import java.time.Clock;
import java.time.LocalDate;

import org.clientcare.identity.DataScope;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.HesitationScript;
import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitOutcome;
import org.clientcare.revisit.RevisitQuestionnaire;
import org.clientcare.revisit.RevisitStatus;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The worklist (回访工作台): an account manager's own open revisits — due today, in the next 7 days, overdue, or all
 * of them, 30 a page, soonest due first; others see those of their scope. Each row takes an outcome in one click (htmx swaps the row).
 */
@Controller
class RevisitPages {

	private static final int PAGE_SIZE = 30;

	private final RevisitManagement revisits;

	private final RevisitQuestionnaire questionnaire;

	private final Clock clock;

	private final IdentityManagement identity;

	private final RevisitWords words;

	RevisitPages(RevisitManagement revisits, RevisitQuestionnaire questionnaire, Clock clock, IdentityManagement identity,
			RevisitWords words) {
		this.words = words;
		this.identity = identity;
		this.revisits = revisits;
		this.questionnaire = questionnaire;
		this.clock = clock;
	}

	/** The worklist's views: due today, in the next 7 days, overdue, or every open revisit. */
	static final java.util.List<String> VIEWS = java.util.List.of("today", "week", "overdue", "open");

	@GetMapping("/revisits")
	String worklist(@RequestParam(defaultValue = "today") String view, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		String shown = VIEWS.contains(view) ? view : "today";
		boolean ownOnly = identity.currentScope().reach() == DataScope.Reach.OWN;
		String assignee = ownOnly ? "me" : null;
		LocalDate after = switch (shown) {
			case "today" -> today.minusDays(1);
			case "week" -> today;
			default -> null;
		};
		LocalDate before = switch (shown) {
			case "today" -> today;
			case "week" -> today.plusDays(7);
			case "overdue" -> today.minusDays(1);
			default -> null;
		};
		model.addAttribute("today", today);
		var result = revisits.list(assignee, RevisitStatus.OPEN, after, before, null,
				Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
		model.addAttribute("view", shown);
		model.addAttribute("views", VIEWS);
		model.addAttribute("result", result);
		model.addAttribute("workable", result.content().stream().filter(revisits::mayWork).map(RevisitView::id)
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("methods", ContactMethod.values());
		model.addAttribute("scriptItems", HesitationScript.Item.values());
		if (!ownOnly) {
			model.addAttribute("completion", revisits.completionByUnit(90));
		}
		return "revisit/worklist";
	}

	@PostMapping("/revisits/{id}/questionnaire")
	String questionnaire(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		String error = null;
		try {
			questionnaire.send(id);
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			error = words.of(e);
		}
		model.addAttribute("questionnaireSent", error == null);
		return row(revisits.get(id), error, htmx, model, redirect);
	}

	@PostMapping("/revisits/{id}/outcome")
	String outcome(@PathVariable long id, @RequestParam(required = false) ContactMethod method,
			@RequestParam(required = false) Boolean reached, @RequestParam(required = false) Integer satisfaction,
			@RequestParam(required = false) String productUsage, @RequestParam(required = false) String problems,
			@RequestParam(required = false) String suggestions, @RequestParam(required = false) String notes,
			@RequestParam(required = false) java.util.Set<HesitationScript.Item> script,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		String error = null;
		RevisitView revisit;
		try {
			revisit = revisits.recordOutcome(id, new RevisitOutcome(method, reached,
					Boolean.TRUE.equals(reached) ? satisfaction : null, productUsage, problems, suggestions, notes,
					scriptOf(id, reached, script)));
		}
		catch (ProblemException e) {
			if (e.getStatusCode().value() == 404) {
				throw e;
			}
			error = words.of(e);
			revisit = revisits.get(id);
			// the row is shown again with what was chosen and typed, not emptied
			java.util.Map<String, Object> typed = new java.util.HashMap<>();
			typed.put("id", id);
			typed.put("method", method);
			typed.put("satisfaction", satisfaction);
			typed.put("notes", notes);
			typed.put("script", script == null ? java.util.Set.of() : script);
			model.addAttribute("typed", typed);
			redirect.addFlashAttribute("typed", typed);
		}
		return row(revisit, error, htmx, model, redirect);
	}

	/** The script's check boxes as answers, for a reached revisit inside a hesitation period: unchecked is denied. */
	private HesitationScript scriptOf(long id, Boolean reached, java.util.Set<HesitationScript.Item> confirmed) {
		return Boolean.TRUE.equals(reached) && revisits.get(id).hesitationEndsOn() != null
				? HesitationScript.confirming(confirmed) : null;
	}

	private String row(RevisitView revisit, String error, String htmx, Model model, RedirectAttributes redirect) {
		if (htmx == null) {
			if (error != null) {
				redirect.addFlashAttribute("error", error);
			}
			return "redirect:/revisits";
		}
		model.addAttribute("r", revisit);
		model.addAttribute("workable", revisits.mayWork(revisit) ? java.util.Set.of(revisit.id()) : java.util.Set.of());
		model.addAttribute("error", error);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("methods", ContactMethod.values());
		model.addAttribute("scriptItems", HesitationScript.Item.values());
		return "revisit/fragments :: row";
	}
}
