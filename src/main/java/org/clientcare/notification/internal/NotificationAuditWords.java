package org.clientcare.notification.internal;

import java.util.Locale;
import java.util.Optional;

import org.clientcare.audit.AuditEntry;
import org.clientcare.audit.AuditWords;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A message's entries on the audit page in the reader's language: the trail records the message's event key
 * ({@code complaint:51:acknowledged}), its template's name and why it was not delivered as the code and the dispatcher
 * wrote them. The event key reads as the message's subject as staff see it (its values withheld from staff stay
 * withheld; with the values gone, the subject without them), the template as its subject without values, and the
 * error, unless it is a real gateway's own answer, as the reason the outbox page shows.
 */
@Component
class NotificationAuditWords implements AuditWords {

	private final Outbox outbox;

	private final MessageTemplates templates;

	private final MessageSource messages;

	private final PiiCipher pii;

	NotificationAuditWords(Outbox outbox, MessageTemplates templates, MessageSource messages, PiiCipher pii) {
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.pii = pii;
	}

	@Override
	public String describe(AuditEntry entry, String field, Locale locale) {
		if (!"notification".equals(entry.entityType()) || entry.entityId() == null
				|| !entry.entityId().matches("\\d{1,18}")) {
			return null;
		}
		return switch (field) {
			case "eventKey" -> message(entry).flatMap(row -> subject(row, locale)).orElse(null);
			case "template" -> message(entry).flatMap(row -> templates.subjectWithoutValues(row.template(), locale))
				.orElse(null);
			case "error" -> message(entry).map(Outbox.Row::lastErrorCode)
				.filter(code -> !code.gatewayWords())
				.map(code -> messages.getMessage("outbox.failure." + code.name(), null, code.name(), locale))
				.orElse(null);
			default -> null;
		};
	}

	private Optional<Outbox.Row> message(AuditEntry entry) {
		return outbox.find(Long.parseLong(entry.entityId()));
	}

	private Optional<String> subject(Outbox.Row row, Locale locale) {
		try {
			return Optional.of(templates.subjectForStaff(row.template(), locale, row.params(),
					Outbox.openSecrets(row.secretsEnc(), pii).keySet()));
		}
		catch (IllegalArgumentException e) {
			// its values anonymised, or a template changed since: what it was about, without the values
			return templates.subjectWithoutValues(row.template(), locale);
		}
	}
}
