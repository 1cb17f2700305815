package org.clientcare.casework.internal;

import java.util.Locale;
import java.util.Map;

import org.clientcare.casework.CaseTemplate;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/**
 * What the customer is told about its case, by SMS through the outbox in the caller's transaction: entering a stage
 * that says so, the document checklist (once, as one list), and a rejection with its reason (the refusal notice).
 * A customer without a mobile number is not told.
 */
@Component
public class CaseNotices {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final CustomerManagement customers;

	private final NotificationManagement notifications;

	CaseNotices(CustomerManagement customers, NotificationManagement notifications) {
		this.customers = customers;
		this.notifications = notifications;
	}

	public void stageEntered(CaseRow row, CaseTemplate template, CaseTemplate.Stage stage) {
		if (stage.notifyCustomer()) {
			send(row, "case:" + row.id() + ":stage:" + stage.position(), "case-stage", Map.of("caseNo", row.caseNo(),
					"type", template.name(CHINESE), "stage", stage.customerText(CHINESE)));
		}
	}

	public void checklist(CaseRow row, String documents) {
		send(row, "case:" + row.id() + ":checklist", "case-checklist", Map.of("caseNo", row.caseNo(),
				"documents", documents));
	}

	public void rejected(CaseRow row, CaseTemplate template, String reason) {
		send(row, "case:" + row.id() + ":rejected", "case-rejected", Map.of("caseNo", row.caseNo(),
				"type", template.name(CHINESE), "reason", reason));
	}

	private void send(CaseRow row, String key, String template, Map<String, String> params) {
		CustomerId customer = new CustomerId(row.customerId());
		CustomerContact contact = customers.contact(customer);
		if (contact.phone() != null) {
			notifications.send(new OutgoingMessage(key, Channel.SMS, contact.phone(), template, CHINESE, params,
					Purpose.SERVICE, customer));
		}
	}
}
