package org.clientcare.notification.web;

import java.time.Clock;

import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.NotificationStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox page (通知发件箱): what was sent, is waiting, failed, or was held in demo mode. */
@Controller
class OutboxPageController {

	private static final int PAGE_SIZE = 50;

	private final NotificationManagement notifications;

	private final Clock clock;

	OutboxPageController(NotificationManagement notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping("/notifications/outbox")
	String outbox(@RequestParam(required = false) NotificationStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int current = Math.max(0, Math.min(page, 100_000));
		var result = notifications.outbox(status, current, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("restrictedCustomers", notifications.restrictedCustomers(result.content()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", NotificationStatus.values());
		model.addAttribute("zone", clock.getZone());
		return "notification/outbox";
	}
}
