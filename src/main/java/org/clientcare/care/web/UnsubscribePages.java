package org.clientcare.care.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.care.CareManagement;
import org.clientcare.shared.links.CustomerLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public unsubscribe page (退订) reached by the single-use link in every marketing message: no sign-in, no customer
 * data shown. Its button opts the customer out of the message's channel at once; a used or unknown link shows the
 * same "no longer valid" page (410). The answer is shown again, in the other language, at {@code /public/unsubscribe/done}
 * to the browser session that gave it (and to no one else: the link itself is used up).
 */
@Controller
class UnsubscribePages {

	private final CareManagement care;

	UnsubscribePages(CareManagement care) {
		this.care = care;
	}

	/** What this browser session unsubscribed from: the channel's name. */
	static final String UNSUBSCRIBED = UnsubscribePages.class.getName() + ".channel";

	static final String DONE = "/public/unsubscribe/done";

	@GetMapping(DONE)
	String done(HttpServletRequest request, Model model, HttpServletResponse response) {
		var session = request.getSession(false);
		Object channel = session == null ? null : session.getAttribute(UNSUBSCRIBED);
		if (channel == null) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "care/unsubscribe-invalid";
		}
		model.addAttribute("channel", channel);
		model.addAttribute("langPath", DONE);
		return "care/unsubscribe-done";
	}

	@GetMapping("/public/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!CustomerLinks.wellFormed(token)) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "care/unsubscribe-invalid";
		}
		model.addAttribute("token", token);
		return "care/unsubscribe";
	}

	@PostMapping("/public/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		return care.unsubscribe(token).map(channel -> {
			request.getSession().setAttribute(UNSUBSCRIBED, channel.name());
			model.addAttribute("channel", channel.name());
			model.addAttribute("langPath", DONE);
			return "care/unsubscribe-done";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "care/unsubscribe-invalid";
		});
	}
}
