package org.clientcare.revisit.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/**
 * The fallback of a hesitation-period revisit (犹豫期回访) whose customer was not reached in three attempts (§5): an SMS
 * through the notification outbox telling the customer of the right to withdraw until the period ends, or, without a
 * mobile number, a letter for staff to post. Recorded on the revisit (once), so the unreachable policies are reported
 * with their fallback, and audited.
 */
@Component
public class HesitationFallback {

	private final Revisits revisits;

	private final CustomerManagement customers;

	private final NotificationManagement notifications;

	private final AuditTrail audit;

	HesitationFallback(Revisits revisits, CustomerManagement customers, NotificationManagement notifications,
			AuditTrail audit) {
		this.revisits = revisits;
		this.customers = customers;
		this.notifications = notifications;
		this.audit = audit;
	}

	/** Sends the fallback of an unreachable hesitation-period revisit; nothing when it had one. */
	public void send(RevisitView revisit, Instant now) {
		CustomerId customer = new CustomerId(revisit.customerId());
		CustomerContact contact = customers.contact(customer);
		String channel = contact.phone() != null ? "SMS" : "LETTER";
		if (!revisits.fallback(revisit.id(), channel, now)) {
			return;
		}
		if (contact.phone() != null) {
			notifications.send(new OutgoingMessage("revisit:" + revisit.id() + ":hesitation-fallback", Channel.SMS,
					contact.phone(), "revisit-hesitation-fallback", Locale.SIMPLIFIED_CHINESE,
					Map.of("endsOn", revisit.hesitationEndsOn().toString()), Purpose.SERVICE, customer));
		}
		audit.record("revisit.fallback-sent", "revisit", revisit.id(), null,
				Map.of("channel", channel, "hesitationEndsOn", revisit.hesitationEndsOn().toString()));
	}
}
