package org.clientcare.complaint;

import java.util.Locale;
import java.util.Map;

/** A complaint cause with its names ({@link ComplaintCauses}); a retired one is no longer offered. */
public record ComplaintCause(String code, String nameZh, String nameEn, boolean active) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	Map<String, Object> state() {
		return Map.of("nameZh", nameZh, "nameEn", nameEn, "active", active);
	}
}
