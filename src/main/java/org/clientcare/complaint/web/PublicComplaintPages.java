package org.clientcare.complaint.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.complaint.ComplaintFeedback;
import org.clientcare.complaint.ComplaintFeedback.LinkState;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public complaint page (在线投诉): a customer files a complaint without an account, receives its number, and
 * follows its status with that number and the mobile number it gave; the complainant answers a resolution through the
 * single-use link of the resolution message (phone-sized, no sign-in), once.
 */
@Controller
class PublicComplaintPages {

	private final ComplaintManagement complaints;

	private final ComplaintFeedback feedback;

	PublicComplaintPages(ComplaintManagement complaints, ComplaintFeedback feedback) {
		this.complaints = complaints;
		this.feedback = feedback;
	}

	@GetMapping("/public/complaints")
	String form(Model model, Locale locale) {
		model.addAttribute("categories", complaints.categories(locale));
		return "complaint/public";
	}

	@PostMapping("/public/complaints")
	String file(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String mobile,
			@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String content, Model model,
			Locale locale) {
		try {
			if (name.isBlank() || name.length() > 100 || content.isBlank() || content.length() > 10_000) {
				model.addAttribute("error", "fields");
				return form(model, locale);
			}
			model.addAttribute("complaintNo", complaints.registerPublic(name, mobile, category, content));
			model.addAttribute("mobile", mobile);
			return "complaint/public-receipt";
		}
		catch (ProblemException e) {
			model.addAttribute("error", "fields");
			model.addAttribute("errors", e.fieldProblems());
			return form(model, locale);
		}
	}

	@GetMapping("/public/complaints/status")
	String status(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile, Model model) {
		model.addAttribute("no", no);
		model.addAttribute("status", complaints.track(no, mobile).orElse(null));
		model.addAttribute("asked", !no.isBlank());
		return "complaint/public-status";
	}

	/**
	 * The status looked up from a form's body: the receipt's language switch, which keeps the mobile number out of
	 * every address; the page's own switch sends it again.
	 */
	@PostMapping("/public/complaints/status")
	String statusFromForm(@RequestParam(defaultValue = "") String no, @RequestParam(defaultValue = "") String mobile,
			Model model) {
		model.addAttribute("mobile", mobile);
		model.addAttribute("resend", true);
		return status(no, mobile, model);
	}

	@GetMapping("/public/complaints/feedback/{token}")
	String openFeedback(@PathVariable String token, Model model, HttpServletResponse response) {
		var opened = feedback.open(token);
		model.addAttribute("complaintNo", opened.complaintNo());
		model.addAttribute("resolution", opened.resolution());
		return feedbackPage(token, opened.state(), model, response);
	}

	@PostMapping("/public/complaints/feedback/{token}")
	String answerFeedback(@PathVariable String token, @RequestParam(required = false) String accepted,
			@RequestParam(required = false) String satisfaction, @RequestParam(required = false) String comment,
			Model model, HttpServletResponse response) {
		try {
			var answer = feedback.answer(token, accepted == null ? null : Boolean.valueOf(accepted), parse(satisfaction),
					comment);
			model.addAttribute("thanks", answer.recorded());
			model.addAttribute("outcome", answer.status() == null ? null : answer.status().name());
			return feedbackPage(token, answer.state(), model, response);
		}
		catch (InvalidInput | Conflict e) {
			var opened = feedback.open(token);
			model.addAttribute("complaintNo", opened.complaintNo());
			model.addAttribute("resolution", opened.resolution());
			model.addAttribute("errors", e instanceof InvalidInput invalid ? invalid.fieldProblems() : null);
			model.addAttribute("pending", e instanceof Conflict);
			model.addAttribute("accepted", accepted);
			model.addAttribute("satisfaction", satisfaction);
			model.addAttribute("comment", comment);
			response.setStatus(e instanceof Conflict ? 409 : 400);
			return feedbackPage(token, opened.state(), model, response);
		}
	}

	private static String feedbackPage(String token, LinkState state, Model model, HttpServletResponse response) {
		if (state == LinkState.UNKNOWN) {
			response.setStatus(404);
		}
		model.addAttribute("token", token);
		model.addAttribute("state", state.name());
		return "complaint/public-feedback";
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
