package org.clientcare.notification;

import java.time.Instant;
import java.util.List;

/**
 * A message as the customer's phone or mailbox shows it on a demo installation's demo phone page: its text with the
 * links and codes that staff never see.
 *
 * @param subject  the subject, {@code null} when the template no longer exists
 * @param text     the text with its links and codes, {@code null} when the template no longer exists
 * @param secrets  the links and codes for the customer only, in the order of their names
 * @param at       when the sandbox took it, or when it was held for display
 */
public record DemoInboxMessage(Channel channel, String subject, String text, List<String> secrets, Instant at) {

	public DemoInboxMessage {
		secrets = List.copyOf(secrets);
	}

	/** The links among the secrets, to open. */
	public List<String> links() {
		return secrets.stream().filter(s -> s.startsWith("http://") || s.startsWith("https://")).toList();
	}

	/** The codes among the secrets, to type. */
	public List<String> codes() {
		return secrets.stream().filter(s -> !s.startsWith("http://") && !s.startsWith("https://")).toList();
	}
}
