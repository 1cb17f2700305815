package org.clientcare.suitability.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.shared.problem.FieldProblem;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.suitability.QuestionnaireLinks;
import org.clientcare.suitability.RiskAssessment;
import org.clientcare.suitability.RiskQuestionnaire;
import org.clientcare.suitability.RiskQuestionnaires;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public questionnaire page reached by a single-use link: no sign-in, no customer data shown; the customer sees
 * its level once it has answered. A used, expired or unknown link shows the same "no longer valid" page (410).
 */
@Controller
class PublicQuestionnairePages {

	private final QuestionnaireLinks links;

	private final RiskQuestionnaires questionnaires;

	PublicQuestionnairePages(QuestionnaireLinks links, RiskQuestionnaires questionnaires) {
		this.links = links;
		this.questionnaires = questionnaires;
	}

	@GetMapping("/public/risk-questionnaire/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!links.usable(token)) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "suitability/public-invalid";
		}
		model.addAttribute("token", token);
		model.addAttribute("questionnaire", questionnaires.current());
		return "suitability/public";
	}

	@PostMapping("/public/risk-questionnaire/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		RiskQuestionnaire questionnaire = questionnaires.current();
		Map<String, String> answers = new LinkedHashMap<>();
		questionnaire.questions().forEach(q -> {
			String chosen = form.get(q.id());
			if (chosen != null && !chosen.isBlank()) {
				answers.put(q.id(), chosen);
			}
		});
		try {
			RiskAssessment assessment = links.answer(token, answers);
			model.addAttribute("assessment", assessment);
			return "suitability/public-done";
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", e.fieldProblems().stream().map(FieldProblem::field).toList());
			model.addAttribute("answers", answers);
			return form(token, model, response);
		}
		catch (NotFound e) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "suitability/public-invalid";
		}
	}
}
