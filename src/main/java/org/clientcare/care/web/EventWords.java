package org.clientcare.care.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused step of the event and care pages in the page's language: each field at fault with what it needs; a thing
 * not found names the form's field that points to it (the customer, the invitation or mobile number); a step not
 * possible now (the event begun, the guest checked in already) says so; never the API's English message.
 */
@Component
class EventWords {

	private final MessageSource messages;

	EventWords(MessageSource messages) {
		this.messages = messages;
	}

	String of(ProblemException e, String notFoundField) {
		Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("event.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("event.error." + p.field() + "." + p.code(), null,
						messages.getMessage("event.error." + p.field(), null, other, locale), locale))
				.distinct().collect(Collectors.joining("; "));
		}
		String key = switch (e.status()) {
			case NOT_FOUND -> notFoundField == null ? "event.error.other" : "event.error." + notFoundField + ".unknown";
			case FORBIDDEN -> "event.error.forbidden";
			default -> "event.error." + e.code();
		};
		return messages.getMessage(key, null, other, locale);
	}

	/** A field the page parsed itself and found wrong. */
	String field(String field) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("event.error." + field, null, messages.getMessage("event.error.other", null, locale),
				locale);
	}
}
