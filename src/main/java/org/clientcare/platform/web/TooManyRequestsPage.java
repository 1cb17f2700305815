package org.clientcare.platform.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a public form answers when its sender went over a rate limit (429): what happened and when to try again,
 * in the visitor's language, and a way back to the page the visitor was on; the rate-limit filter forwards here with
 * the wait in seconds.
 */
@Controller
class TooManyRequestsPage {

	@RequestMapping("/public/too-many-requests")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object seconds = request.getAttribute("retryAfterSeconds");
		long wait = seconds instanceof Long value ? value : 60;
		response.setStatus(429);
		model.addAttribute("minutes", Math.max(1, (wait + 59) / 60));
		model.addAttribute("backTo", backTo((String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)));
		return "platform/too-many-requests";
	}

	/**
	 * Where the page leads back to from the refused request's path: the first page of the public section it belongs to
	 * (complaints, cases, appointments, the assistant), or a private link's own page; the complaint form otherwise.
	 */
	static String backTo(String path) {
		if (path == null || !path.startsWith("/public/") || path.startsWith("/public/too-many-requests")) {
			return "/public/complaints";
		}
		if (path.startsWith("/public/complaints/feedback/")) {
			return path;
		}
		for (String section : List.of("/public/complaints", "/public/cases", "/public/appointments", "/public/assistant")) {
			if (path.equals(section) || path.startsWith(section + "/")) {
				return section;
			}
		}
		return path;
	}
}
