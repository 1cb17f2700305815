package org.clientcare.notification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.NotificationStatus;
import org.clientcare.notification.OutboxEntry;
import org.clientcare.shared.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/notifications}: the outbox, newest first, recipients masked (ADMIN, COMPLIANCE, SERVICE_AGENT). */
@RestController
class NotificationController {

	private final NotificationManagement notifications;

	NotificationController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	ResultPage<OutboxEntry> list(@RequestParam(required = false) NotificationStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return notifications.outbox(status, page, size);
	}
}
