package org.clientcare.assistant.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.assistant.AssistantManagement;
import org.clientcare.inquiry.InquiryManagement;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public assistant (在线智能客服), phone first, no sign-in: a conversation page where each question gets the best
 * published answer and up to two alternatives, or — when the assistant is not sure — a hand-over to a person with the
 * question filled in: an inquiry registered here (answered within 2 working days, followed with its number and the
 * mobile number), a complaint, or an appointment.
 */
@Controller
class PublicAssistantPages {

	private final AssistantManagement assistant;

	private final InquiryManagement inquiries;

	private final AskLimiter limiter;

	PublicAssistantPages(AssistantManagement assistant, InquiryManagement inquiries, AskLimiter limiter) {
		this.assistant = assistant;
		this.inquiries = inquiries;
		this.limiter = limiter;
	}

	@GetMapping("/public/assistant")
	String page() {
		return "assistant/public";
	}

	/** One exchange: with htmx only the new bubbles, else the whole page with them. */
	@PostMapping("/public/assistant")
	String ask(@RequestParam(defaultValue = "") String question, @RequestHeader(value = "HX-Request", required = false) String htmx,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("question", question.strip());
		var wait = limiter.tryAsk(request.getRemoteAddr());
		if (wait.isPresent()) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(AskLimiter.seconds(wait.get())));
			model.addAttribute("limited", true);
		}
		else if (!question.isBlank()) {
			try {
				model.addAttribute("reply", assistant.ask(question, "zh".equals(locale.getLanguage()) ? "zh-CN" : "en"));
			}
			catch (ProblemException e) {
				model.addAttribute("invalid", true);
			}
		}
		return htmx != null ? "assistant/public :: exchange" : "assistant/public";
	}

	@GetMapping("/public/assistant/inquiry")
	String inquiryForm() {
		return "assistant/public-inquiry";
	}

	@PostMapping("/public/assistant/inquiry")
	String inquire(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String mobile,
			@RequestParam(defaultValue = "") String question, Model model) {
		try {
			if (name.isBlank() || name.length() > 100 || question.isBlank() || question.length() > 4000) {
				model.addAttribute("error", true);
				return "assistant/public-inquiry";
			}
			model.addAttribute("receipt", inquiries.registerFromAssistant(name, mobile, question));
			model.addAttribute("mobile", mobile);
			return "assistant/public-inquiry-receipt";
		}
		catch (ProblemException e) {
			model.addAttribute("error", true);
			model.addAttribute("errors", e.fieldProblems());
			return "assistant/public-inquiry";
		}
	}

	@GetMapping("/public/assistant/inquiry/status")
	String status(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile, Model model) {
		model.addAttribute("asked", !no.isBlank());
		model.addAttribute("status", inquiries.track(no, mobile).orElse(null));
		return "assistant/public-inquiry-status";
	}

	/**
	 * The status looked up from a form's body: the receipt's language switch, which keeps the mobile number out of
	 * every address; the page's own switch sends it again.
	 */
	@PostMapping("/public/assistant/inquiry/status")
	String statusFromForm(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile,
			Model model) {
		model.addAttribute("no", no);
		model.addAttribute("mobile", mobile);
		model.addAttribute("resend", true);
		return status(no, mobile, model);
	}
}
