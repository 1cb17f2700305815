package org.clientcare.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.shared.CustomerId;

/**
 * A message to enqueue with {@link NotificationManagement#send(OutgoingMessage)}.
 *
 * @param eventKey    what the message is about, stable across retries of the caller, e.g. {@code complaint:42:acknowledged};
 *                    one message per event key, channel and recipient
 * @param channel     how it travels
 * @param recipient   e-mail address, mobile number or WeChat open id, in plain text; stored encrypted
 * @param template    the template name, e.g. {@code complaint-acknowledged} (texts under {@code notification.<template>.*})
 * @param locale      the recipient's language: Chinese ({@code zh}) or anything else for English; {@code null} for Chinese
 * @param params      values for the template's named placeholders (no nulls); already masked, never raw PII
 * @param purpose     service or marketing
 * @param customer    the customer the message goes to, or {@code null} (staff); required for marketing
 * @param attachments files sent with an e-mail (none for other channels); stored with the message, so never raw PII
 */
public record OutgoingMessage(String eventKey, Channel channel, String recipient, String template, Locale locale,
		Map<String, String> params, Purpose purpose, CustomerId customer, List<Attachment> attachments) {

	public OutgoingMessage {
		params = params == null ? Map.of() : Map.copyOf(params);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A message without attachments. */
	public OutgoingMessage(String eventKey, Channel channel, String recipient, String template, Locale locale,
			Map<String, String> params, Purpose purpose, CustomerId customer) {
		this(eventKey, channel, recipient, template, locale, params, purpose, customer, List.of());
	}

	/** A file attached to an e-mail, e.g. {@code appointment.ics} of type {@code text/calendar}. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}
