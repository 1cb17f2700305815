package org.clientcare.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language switch of the public pages (the fragment {@code platform/public-lang}): the address of the page being
 * shown in another language. It keeps the page's query — a status looked up by number and mobile shows the same record
 * after the switch — and changes only {@code lang}. The address is relative ({@code ?…}): the browser resolves it
 * against the page's own path, so a private link's token is not written into the page and goes nowhere it was not
 * already. A page that answers a look-up sent in a form's body switches by sending the form again instead; a page that
 * answers another form (a booking confirmed, an appointment cancelled) switches to the page that shows its result
 * ({@link #toPath}), since its own address answers only the form.
 */
@Component("languageLinks")
public class LanguageLinks {

	/** This page's address in the language ({@code zh-CN} or {@code en}), with its query kept. */
	public String to(String language) {
		String query = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? servlet.getRequest().getQueryString() : null;
		return to(query, language);
	}

	/** The page at {@code path} (an absolute path, with or without a query) in the language. */
	public String toPath(String path, String language) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
	}

	static String to(String query, String language) {
		String kept = query == null ? "" : Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
			.collect(Collectors.joining("&"));
		return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
	}
}
