package org.clientcare.revisit.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused step of the revisit pages in the page's language: each field at fault with what it needs (how the
 * customer was contacted, whether reached, the satisfaction, the hesitation-period script), else what the refusal
 * means (the revisit closed, the customer without a contact); never the API's English message.
 */
@Component
class RevisitWords {

	private final MessageSource messages;

	RevisitWords(MessageSource messages) {
		this.messages = messages;
	}

	String of(ProblemException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("revisit.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("revisit.error." + p.field() + "." + p.code(), null,
						messages.getMessage("revisit.error." + p.field(), null, other, locale), locale))
				.distinct().collect(Collectors.joining("; "));
		}
		String key = switch (e.status()) {
			case FORBIDDEN -> "revisit.error.forbidden";
			default -> "revisit.error." + e.code();
		};
		return messages.getMessage(key, null, other, locale);
	}
}
