package org.clientcare.home;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names instead of codes on every page ({@code @names} in templates): an org unit's name in the page's language for
 * its code, a staff member's display name for the username, and for the system's own steps (a username beginning
 * with {@code system:}, such as the SLA sweep or a migration) the word for the system in the page's language. Unknown
 * codes and usernames are shown as they are.
 * Names are kept for a minute, so a long list costs one lookup per unit and person.
 */
@Component("names")
public class Names {

	private static final long KEEP_NANOS = 60_000_000_000L;

	private static final String SYSTEM = "system:";

	private final IdentityManagement identity;

	private final MessageSource messages;

	private final Map<String, Timed<OrgUnit>> units = new ConcurrentHashMap<>();

	private final Map<String, Timed<String>> people = new ConcurrentHashMap<>();

	Names(IdentityManagement identity, MessageSource messages) {
		this.identity = identity;
		this.messages = messages;
	}

	/** The org unit's name in the current language; {@code null} for {@code null}. */
	public String unit(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Timed<OrgUnit> unit = units.get(code);
		if (unit == null || unit.stale()) {
			unit = new Timed<>(identity.findOrgUnit(code).orElse(null), System.nanoTime());
			units.put(code, unit);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return unit.value() == null ? code : unit.value().name(locale);
	}

	/** The staff member's display name, or the system's in the page's language; {@code null} for {@code null}. */
	public String person(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		if (username.startsWith(SYSTEM)) {
			return messages.getMessage("audit.actor.system", null, "System", LocaleContextHolder.getLocale());
		}
		Timed<String> name = people.get(username);
		if (name == null || name.stale()) {
			name = new Timed<>(identity.findUser(username).map(StaffUser::displayName).orElse(username), System.nanoTime());
			people.put(username, name);
		}
		return name.value();
	}

	private record Timed<T>(T value, long at) {

		boolean stale() {
			return System.nanoTime() - at > KEEP_NANOS;
		}
	}
}
