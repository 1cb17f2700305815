package org.clientcare.notification.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.clientcare.notification.NotificationManagement;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo phone (演示手机), a public page of a demo installation only (404 otherwise): the customer's side of the
 * demo's messages. Whoever types a mobile number or e-mail address exactly sees the messages held for display or sent
 * through the sandbox to it, newest first, with the links and codes that staff never see, as the customer's phone or
 * mailbox would. The address travels in the form's body, never in an address, and each look-up counts against the
 * public look-up limit of the client address ({@code RateLimitFilter}).
 */
@Controller
class DemoPhonePage {

	private final NotificationManagement notifications;

	private final Clock clock;

	DemoPhonePage(NotificationManagement notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping("/public/demo-phone")
	String form(Model model) {
		requireDemo();
		model.addAttribute("asked", false);
		model.addAttribute("invalid", false);
		return "notification/demo-phone";
	}

	@PostMapping("/public/demo-phone")
	String inbox(@RequestParam(defaultValue = "") String address, Model model, HttpServletResponse response) {
		requireDemo();
		model.addAttribute("asked", true);
		model.addAttribute("invalid", false);
		model.addAttribute("address", address);
		model.addAttribute("zone", clock.getZone());
		try {
			model.addAttribute("messages", notifications.demoInbox(address));
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("invalid", true);
			model.addAttribute("messages", List.of());
		}
		return "notification/demo-phone";
	}

	private void requireDemo() {
		if (!notifications.demo()) {
			throw new NotFound("page", "/public/demo-phone");
		}
	}
}
