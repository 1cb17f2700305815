package org.clientcare.notification.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of messages, kept in the message files under {@code notification.<template>.subject} and {@code .body}
 * in Simplified Chinese and English, with named placeholders such as {@code {complaintNo}}.
 */
@Component
public class MessageTemplates {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private final MessageSource messages;

	MessageTemplates(MessageSource messages) {
		this.messages = messages;
	}

	/** The language a message is written in: Simplified Chinese for Chinese, English for everything else. */
	public static Locale supported(Locale wanted) {
		return wanted == null || "zh".equals(wanted.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	/**
	 * Subject and text with every placeholder filled in.
	 *
	 * @throws IllegalArgumentException for an unknown template or a placeholder without a value
	 */
	public Rendered render(String template, Locale locale, Map<String, String> params) {
		if (template == null || !NAME.matcher(template).matches()) {
			throw new IllegalArgumentException("Unknown notification template: " + template);
		}
		Locale language = supported(locale);
		return new Rendered(fill(template, text(template, "subject", language), params),
				fill(template, text(template, "body", language), params));
	}

	private String text(String template, String part, Locale locale) {
		// Without arguments the message source returns the text as written: no MessageFormat, so '{name}' stays.
		String text = messages.getMessage("notification." + template + "." + part, null, null, locale);
		if (text == null) {
			throw new IllegalArgumentException("Unknown notification template: " + template);
		}
		return text;
	}

	private static String fill(String template, String text, Map<String, String> params) {
		Matcher placeholder = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String value = params.get(placeholder.group(1));
			if (value == null) {
				throw new IllegalArgumentException(
						"Template " + template + " needs the parameter '" + placeholder.group(1) + "'");
			}
			placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		return placeholder.appendTail(filled).toString();
	}

	/**
	 * The subject as staff may read it: the values for the recipient only ({@code secretNames}) shown as withheld.
	 */
	public String subjectForStaff(String template, Locale locale, Map<String, String> params,
			java.util.Collection<String> secretNames) {
		Map<String, String> values = new java.util.HashMap<>(params);
		secretNames.forEach(name -> values.put(name, withheld(locale)));
		return fill(template, text(template, "subject", supported(locale)), values);
	}

	/**
	 * A template's subject with every value left out ({@code 您的投诉已受理（…）}): what a message of it was about when its
	 * values are no longer kept. Empty for an unknown template.
	 */
	public java.util.Optional<String> subjectWithoutValues(String template, Locale locale) {
		String text = messages.getMessage("notification." + template + ".subject", null, null, supported(locale));
		return java.util.Optional.ofNullable(text).map(t -> PLACEHOLDER.matcher(t).replaceAll("…"));
	}

	/** What staff see in place of a value for the recipient only (a single-use link, a code), in the message's language. */
	public String withheld(Locale locale) {
		return messages.getMessage("notification.withheld", null, "[…]", supported(locale));
	}

	/** A message ready to send. */
	public record Rendered(String subject, String text) {
	}
}
