package org.clientcare.care.web;

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
 * same "no longer valid" page (410).
 */
@Controller
class UnsubscribePages {

	private final CareManagement care;

	UnsubscribePages(CareManagement care) {
		this.care = care;
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
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		return care.unsubscribe(token).map(channel -> {
			model.addAttribute("channel", channel);
			return "care/unsubscribe-done";
		}).orElseGet(() -> {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "care/unsubscribe-invalid";
		});
	}
}
