package org.clientcare.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language, kept in a cookie: only Simplified Chinese or English. A switch to another language
 * ({@code ?lang=fr}, {@code ?lang=xx}) or a cookie naming one is taken for the supported language of the same
 * language code, or else ignored: such a locale was kept for the session, and every page that names an enum or a
 * category through the message files then failed with a server error, the files having no words in it.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

	private final List<Locale> supported;

	SupportedLocaleResolver(List<Locale> supported) {
		super("clientcare-lang");
		this.supported = List.copyOf(supported);
		setCookieMaxAge(Duration.ofDays(365));
		setDefaultLocaleFunction(this::browsersChoice);
	}

	/** The first supported language among those the browser asks for, else the first supported one. */
	private Locale browsersChoice(HttpServletRequest request) {
		for (var ranges = request.getLocales(); ranges.hasMoreElements();) {
			Locale wanted = supportedOrNull(ranges.nextElement());
			if (wanted != null) {
				return wanted;
			}
		}
		return supported.get(0);
	}

	/** The supported locale of the same language, or {@code null}. */
	Locale supportedOrNull(Locale wanted) {
		if (wanted == null) {
			return null;
		}
		return supported.stream().filter(s -> s.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(null);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext resolved = super.resolveLocaleContext(request);
		Locale locale = supportedOrNull(resolved.getLocale());
		if (locale == null) {
			locale = browsersChoice(request);
		}
		Locale kept = locale;
		return kept.equals(resolved.getLocale()) ? resolved : new SimpleLocaleContext(kept);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return resolveLocaleContext(request).getLocale();
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		Locale wanted = context == null ? null : context.getLocale();
		if (wanted == null) {
			super.setLocaleContext(request, response, context);
			return;
		}
		Locale locale = supportedOrNull(wanted);
		if (locale != null) {
			super.setLocaleContext(request, response, new SimpleLocaleContext(locale));
		}
	}
}
