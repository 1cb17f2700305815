package org.clientcare.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A job run's figures in the page's language, as the jobs page lists them: each figure by its name in words (the job's
 * own name for it, else a name the jobs share, a retention category's or a table's), a flag as yes or no, the figures
 * of a group (a step's, a table's, a category's) under the group's name; never the recorded map with its keys.
 */
@Component
public class JobResultWords {

	private final MessageSource messages;

	JobResultWords(MessageSource messages) {
		this.messages = messages;
	}

	/** One figure of a run: its name in words and its value. */
	public record Figure(String name, String value) {
	}

	/** The figures of a run of the job, in the order the job recorded them; none for a run without a result. */
	List<Figure> of(String job, Map<String, Object> result) {
		List<Figure> figures = new ArrayList<>();
		if (result != null) {
			add(figures, job, null, result, LocaleContextHolder.getLocale());
		}
		return figures;
	}

	private void add(List<Figure> figures, String job, String group, Map<?, ?> values, Locale locale) {
		values.forEach((key, value) -> {
			String name = name(job, String.valueOf(key), locale);
			String shown = group == null ? name : group + " · " + name;
			if (value instanceof Map<?, ?> nested) {
				add(figures, job, shown, nested, locale);
			}
			else {
				figures.add(new Figure(shown, value(value, locale)));
			}
		});
	}

	private String name(String job, String key, Locale locale) {
		for (String code : List.of("jobs.result." + job + "." + key, "jobs.result." + key, "retention.category." + key,
				"audit.field.pii_rotation." + key)) {
			String name = messages.getMessage(code, null, null, locale);
			if (name != null) {
				return name;
			}
		}
		return key;
	}

	private String value(Object value, Locale locale) {
		if (value instanceof Boolean flag) {
			return messages.getMessage(flag ? "jobs.result.yes" : "jobs.result.no", null, locale);
		}
		return value == null ? "—" : String.valueOf(value);
	}
}
