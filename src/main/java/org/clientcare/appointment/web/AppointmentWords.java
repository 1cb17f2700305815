package org.clientcare.appointment.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused step of the appointment and reception pages in the page's language: each field at fault with what it
 * needs, else what the refusal means (the slot full, the step not possible in the appointment's status, …); never the
 * API's English message.
 */
@Component
class AppointmentWords {

	private final MessageSource messages;

	AppointmentWords(MessageSource messages) {
		this.messages = messages;
	}

	String of(ProblemException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("appointments.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("appointments.error.field." + p.field() + "." + p.code(), null,
						messages.getMessage("appointments.error.field." + p.field(), null, other, locale), locale))
				.distinct().collect(Collectors.joining("; "));
		}
		return messages.getMessage("appointments.error." + e.code(), null,
				e.getStatusCode().value() == 403 ? messages.getMessage("appointments.error.forbidden", null, locale) : other,
				locale);
	}
}
