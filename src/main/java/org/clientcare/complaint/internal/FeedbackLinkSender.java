package org.clientcare.complaint.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.clientcare.complaint.ComplaintSettings;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.platform.PublicAddress;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Component;

/**
 * The resolution message with the complainant's single-use link to answer it (§6), written in the resolving
 * transaction: the link's hash stored for this resolution (the complaint's round of reopening), the message enqueued in
 * the outbox with the link as its encrypted secret (staff see it withheld), and "answer link sent" with its expiry on
 * the staff timeline — never the link.
 */
@Component
public class FeedbackLinkSender {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final FeedbackLinks links;

	private final Complaints complaints;

	private final NotificationManagement notifications;

	private final PiiCipher pii;

	private final ComplaintSettings settings;

	private final PublicAddress publicAddress;

	private final PlatformSettings platform;

	private final Clock clock;

	FeedbackLinkSender(FeedbackLinks links, Complaints complaints, NotificationManagement notifications, PiiCipher pii,
			ComplaintSettings settings, PublicAddress publicAddress, PlatformSettings platform, Clock clock) {
		this.links = links;
		this.complaints = complaints;
		this.notifications = notifications;
		this.pii = pii;
		this.settings = settings;
		this.publicAddress = publicAddress;
		this.clock = clock;
		this.platform = platform;
	}

	/** Sends the resolution of a complaint just resolved, with its link; {@code actor} is who resolved it. */
	public void send(ComplaintRow row, String resolution, String actor) {
		String token = CustomerLinks.newToken();
		Instant now = clock.instant();
		Instant expires = now.plus(settings.feedbackLinkValidFor());
		if (!links.insert(CustomerLinks.hash(token), row.id(), row.reopenCount(), now, expires)) {
			return;
		}
		String contact = pii.decrypt(row.contactEnc());
		notifications.send(new OutgoingMessage("complaint:" + row.id() + ":resolved:" + row.reopenCount(),
				Contacts.isEmail(contact) ? Channel.EMAIL : Channel.SMS, contact, "complaint-resolved",
				Locale.SIMPLIFIED_CHINESE, Map.of("complaintNo", row.complaintNo(), "resolution",
						resolution.length() > 200 ? resolution.substring(0, 200) + "…" : resolution),
				Purpose.SERVICE, row.customerId() == null ? null : new CustomerId(row.customerId()))
			.withSecret("feedbackUrl", publicAddress.link("/public/complaints/feedback/" + token)));
		complaints.event(row.id(), now, actor, "FEEDBACK_LINK_SENT", AT.format(expires.atZone(platform.zone())), false);
	}
}
