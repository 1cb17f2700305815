package org.clientcare.care.web;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.care.EventManagement;
import org.clientcare.shared.problem.Conflict;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public RSVP page (活动回复) reached by the private link of an invitation: no sign-in, only the event and the
 * answer; the customer accepts or declines, and may change its mind until the event begins. An unknown link shows
 * "no longer valid" (410).
 */
@Controller
class RsvpPages {

	private final EventManagement events;

	RsvpPages(EventManagement events) {
		this.events = events;
	}

	@GetMapping("/public/events/rsvp/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		return events.rsvp(token).map(rsvp -> {
			model.addAttribute("rsvp", rsvp);
			model.addAttribute("token", token);
			return "care/rsvp";
		}).orElseGet(() -> invalid(model, response));
	}

	@PostMapping("/public/events/rsvp/{token}")
	String answer(@PathVariable String token, @RequestParam(defaultValue = "false") boolean accept, Model model,
			HttpServletResponse response) {
		try {
			return events.answer(token, accept).map(rsvp -> {
				model.addAttribute("rsvp", rsvp);
				model.addAttribute("token", token);
				model.addAttribute("answered", true);
				return "care/rsvp";
			}).orElseGet(() -> invalid(model, response));
		}
		catch (Conflict e) {
			return page(token, model, response);
		}
	}

	/** The page of a link no longer valid, saying what an invitation's link is (the page also tells of unsubscribing). */
	private static String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("invalidHelp", "rsvp.invalidHelp");
		return "care/unsubscribe-invalid";
	}
}
