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
 * @param secrets     template values for the recipient's eyes only — a single-use link, a code: stored encrypted, put
 *                    into the message only when it is sent, and shown to staff as withheld ({@link #withSecret})
 */
public record OutgoingMessage(String eventKey, Channel channel, String recipient, String template, Locale locale,
		Map<String, String> params, Purpose purpose, CustomerId customer, List<Attachment> attachments,
		Map<String, String> secrets) {

	public OutgoingMessage {
		params = params == null ? Map.of() : Map.copyOf(params);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
	}

	/** A message without secrets. */
	public OutgoingMessage(String eventKey, Channel channel, String recipient, String template, Locale locale,
			Map<String, String> params, Purpose purpose, CustomerId customer, List<Attachment> attachments) {
		this(eventKey, channel, recipient, template, locale, params, purpose, customer, attachments, Map.of());
	}

	/** A message without attachments or secrets. */
	public OutgoingMessage(String eventKey, Channel channel, String recipient, String template, Locale locale,
			Map<String, String> params, Purpose purpose, CustomerId customer) {
		this(eventKey, channel, recipient, template, locale, params, purpose, customer, List.of(), Map.of());
	}

	/**
	 * The same message with one more value for the recipient only, e.g. {@code withSecret("url", link)}: the outbox keeps
	 * it encrypted, the gateway gets it in the text, and staff see the text with the value withheld.
	 */
	public OutgoingMessage withSecret(String name, String value) {
		var more = new java.util.HashMap<>(secrets);
		more.put(name, value);
		return new OutgoingMessage(eventKey, channel, recipient, template, locale, params, purpose, customer, attachments,
				more);
	}

	/** A file attached to an e-mail, e.g. {@code appointment.ics} of type {@code text/calendar}. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}
