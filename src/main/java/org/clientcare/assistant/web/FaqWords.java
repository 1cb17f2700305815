package org.clientcare.assistant.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused step of the FAQ pages in the page's language: each field at fault with what it needs (the question, the
 * answer, an answer promising returns, the reason), else what the refusal means (the entry waiting for its decision,
 * the step not possible in its status, the list changed since it was read); never the API's English message.
 */
@Component
class FaqWords {

	private final MessageSource messages;

	FaqWords(MessageSource messages) {
		this.messages = messages;
	}

	String of(ProblemException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("faq.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("faq.error." + p.field() + "." + p.code(), null,
						messages.getMessage("faq.error." + p.field(), null, other, locale), locale))
				.distinct().collect(Collectors.joining("; "));
		}
		String key = switch (e.status()) {
			case FORBIDDEN -> "faq.error.forbidden";
			default -> "faq.error." + e.code();
		};
		return messages.getMessage(key, null, other, locale);
	}
}
