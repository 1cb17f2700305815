package org.clientcare.casework.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused step of the case pages in the page's language: each field at fault with what it
 * needs, else what the refusal means (the step not possible in the case's status, the documents asked for already, …);
 * a customer not found names the customer field; never the API's English message.
 */
@Component
class CaseWords {

	private final MessageSource messages;

	CaseWords(MessageSource messages) {
		this.messages = messages;
	}

	String of(ProblemException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("case.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("case.error.field." + p.field() + "." + p.code(), null,
						messages.getMessage("case.error.field." + p.field(), null, other, locale), locale))
				.distinct().collect(Collectors.joining("; "));
		}
		if (e.getStatusCode().value() == 404) {
			return messages.getMessage("case.error.field.customerId", null, other, locale);
		}
		return messages.getMessage("case.error." + e.code(), null,
				e.getStatusCode().value() == 403 ? messages.getMessage("case.error.forbidden", null, locale) : other,
				locale);
	}
}
