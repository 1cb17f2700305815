package org.clientcare.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a public form answers when its sender went over a rate limit (429): what happened and when to try again,
 * in the visitor's language; the rate-limit filter forwards here with the wait in seconds.
 */
@Controller
class TooManyRequestsPage {

	@RequestMapping("/public/too-many-requests")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object seconds = request.getAttribute("retryAfterSeconds");
		long wait = seconds instanceof Long value ? value : 60;
		response.setStatus(429);
		model.addAttribute("minutes", Math.max(1, (wait + 59) / 60));
		return "platform/too-many-requests";
	}
}
