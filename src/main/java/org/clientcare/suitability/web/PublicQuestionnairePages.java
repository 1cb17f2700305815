package org.clientcare.suitability.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
 * its level once it has answered. A used, expired or unknown link shows the same "no longer valid" page (410). The
 * level is shown again, in the other language, at {@code /public/risk-questionnaire/done} to the browser session that
 * answered (and to no one else: the link itself is used up).
 */
@Controller
class PublicQuestionnairePages {

	private final QuestionnaireLinks links;

	private final RiskQuestionnaires questionnaires;

	PublicQuestionnairePages(QuestionnaireLinks links, RiskQuestionnaires questionnaires) {
		this.links = links;
		this.questionnaires = questionnaires;
	}

	/** The level this browser session's answers gave and its last day, as {@code C3} and {@code 2027-12-06}. */
	static final String RESULT = PublicQuestionnairePages.class.getName() + ".result";

	static final String DONE = "/public/risk-questionnaire/done";

	@GetMapping(DONE)
	String done(HttpServletRequest request, Model model, HttpServletResponse response) {
		var session = request.getSession(false);
		Object result = session == null ? null : session.getAttribute(RESULT);
		if (!(result instanceof String[] levelAndDay)) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "suitability/public-invalid";
		}
		model.addAttribute("level", levelAndDay[0]);
		model.addAttribute("validUntil", levelAndDay[1]);
		model.addAttribute("langPath", DONE);
		return "suitability/public-done";
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
			HttpServletRequest request, HttpServletResponse response) {
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
			request.getSession().setAttribute(RESULT,
					new String[] { assessment.level().name(), assessment.validUntil().toString() });
			model.addAttribute("level", assessment.level().name());
			model.addAttribute("validUntil", assessment.validUntil().toString());
			model.addAttribute("langPath", DONE);
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
