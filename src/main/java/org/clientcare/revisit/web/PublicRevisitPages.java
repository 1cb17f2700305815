package org.clientcare.revisit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.revisit.RevisitQuestionnaire;
import org.clientcare.revisit.RevisitQuestionnaire.LinkState;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public questionnaire page (no sign-in, phone-sized): the customer rates satisfaction and answers the §5
 * questions once; a used, expired or unknown link says so politely.
 */
@Controller
class PublicRevisitPages {

	private final RevisitQuestionnaire questionnaire;

	PublicRevisitPages(RevisitQuestionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	@GetMapping("/public/revisits/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("token", token);
		return page(questionnaire.open(token).state(), model, response);
	}

	@PostMapping("/public/revisits/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String satisfaction,
			@RequestParam(required = false) String productUsage, @RequestParam(required = false) String problems,
			@RequestParam(required = false) String suggestions, Model model, HttpServletResponse response) {
		model.addAttribute("token", token);
		try {
			var answer = questionnaire.answer(token, parse(satisfaction), productUsage, problems, suggestions);
			model.addAttribute("thanks", answer.recorded());
			return page(answer.state(), model, response);
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.fieldProblems());
			model.addAttribute("productUsage", productUsage);
			model.addAttribute("problems", problems);
			model.addAttribute("suggestions", suggestions);
			response.setStatus(400);
			return page(LinkState.OPEN, model, response);
		}
	}

	private static String page(LinkState state, Model model, HttpServletResponse response) {
		if (state == LinkState.UNKNOWN) {
			response.setStatus(404);
		}
		model.addAttribute("state", state.name());
		return "revisit/public";
	}

	private static Integer parse(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
