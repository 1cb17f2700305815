package org.clientcare.notification;

import java.util.Locale;
import java.util.Map;

import org.clientcare.shared.CustomerId;

/**
 * A message to a customer at the address it has on file with the customer module for the channel — its mobile number
 * for {@code SMS}, its e-mail address for {@code EMAIL} (none for {@code WECHAT}) — to enqueue with
 * {@link NotificationManagement#sendToCustomers}. The outbox copies the address still encrypted, so the sender never
 * sees it and nothing is encrypted again (an e-mail address is decrypted once for its search hash, by which the
 * message is found under its recipient).
 *
 * @param eventKey what the message is about, stable across retries of the caller; one message per event key, channel
 *                 and customer
 * @param channel  how it travels
 * @param customer the customer it goes to
 * @param template the template name (texts under {@code notification.<template>.*})
 * @param locale   the customer's language; {@code null} for Chinese
 * @param params   values for the template's named placeholders (no nulls); never raw PII
 * @param purpose  service or marketing
 * @param secrets  template values for the customer's eyes only — a single-use link: stored encrypted, shown to staff as
 *                 withheld
 */
public record CustomerMessage(String eventKey, Channel channel, CustomerId customer, String template, Locale locale,
		Map<String, String> params, Purpose purpose, Map<String, String> secrets) {

	public CustomerMessage {
		params = params == null ? Map.of() : Map.copyOf(params);
		secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
	}
}
