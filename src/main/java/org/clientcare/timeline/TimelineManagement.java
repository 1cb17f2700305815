package org.clientcare.timeline;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.timeline.internal.TimelineEntries;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's timeline (§8, §12): everything that happened to it, newest first, in pages, with summaries in the
 * reader's language; only for a customer the reader sees (404 otherwise).
 */
@Service
public class TimelineManagement {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final TimelineEntries entries;

	private final CustomerManagement customers;

	private final MessageSource messages;

	private final PlatformSettings platform;

	private final IdentityManagement identity;

	TimelineManagement(TimelineEntries entries, CustomerManagement customers, MessageSource messages,
			PlatformSettings platform, IdentityManagement identity) {
		this.identity = identity;
		this.entries = entries;
		this.customers = customers;
		this.messages = messages;
		this.platform = platform;
	}

	/**
	 * A page of the customer's timeline, newest first (404 for a customer the reader does not see). The page and its
	 * count are read from one snapshot (repeatable read): entries are added while things happen to the customer, and a
	 * page read before one and a count read after it would not agree.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ResultPage<TimelineEntry> of(long customerId, int page, int size) {
		customers.requireVisible(new CustomerId(customerId));
		Locale locale = LocaleContextHolder.getLocale();
		List<TimelineEntry> content = entries.page(customerId, page, size).stream()
			.map(row -> new TimelineEntry(row.at(), row.kind().name(), summary(row, locale), row.ref()))
			.toList();
		return new ResultPage<>(content, page, size, entries.count(customerId));
	}

	private String summary(TimelineEntries.Row row, Locale locale) {
		List<String> a = row.args();
		Object[] args = switch (row.kind()) {
			case CASE_STAGE -> new Object[] { a.get(0), "zh".equals(locale.getLanguage()) ? a.get(1) : a.get(2) };
			case VISIT -> new Object[] { text("visit.kind." + a.get(0), locale), text("visit.method." + a.get(1), locale),
					a.get(2), person(a.get(3), locale) };
			case APPOINTMENT_BOOKED -> new Object[] { a.get(0), text("appointment.service." + a.get(1), locale),
					time(a.get(2)) };
			case APPOINTMENT_COMPLETED -> new Object[] { a.get(0), text("appointment.service." + a.get(1), locale) };
			case APPOINTMENT_CANCELLED -> new Object[] { time(a.get(0)) };
			case REVISIT_DONE -> new Object[] { text("revisit.reason." + a.get(0), locale),
					text("revisit.status." + a.get(1), locale) };
			case TIER_CHANGED -> new Object[] { a.get(0).isEmpty() ? "-" : text("tier." + a.get(0), locale),
					a.get(1).isEmpty() ? "-" : text("tier." + a.get(1), locale) };
			case RISK_ASSESSED -> new Object[] { text("suitability.level." + a.get(0), locale), a.get(1) };
			case REMEDIATION_RESOLVED -> new Object[] { text("remediation.choice." + a.get(0), locale) };
			case SUITABILITY_ALERT -> new Object[] { a.get(0), text("suitability.result." + a.get(1), locale) };
			case MESSAGE -> new Object[] { text("notification.channel." + a.get(0), locale),
					"zh".equals(locale.getLanguage()) ? a.get(2) : a.get(3), text("notification.status." + a.get(1), locale) };
			default -> a.toArray();
		};
		return messages.getMessage("timeline." + row.kind().name(), args, row.kind().name(), locale);
	}

	/** The display name of the staff member, or the word for the system for its own steps (the demo's, a job's). */
	private String person(String username, Locale locale) {
		if (username == null || username.isEmpty()) {
			return "-";
		}
		if (username.startsWith("system:")) {
			return text("audit.actor.system", locale);
		}
		return identity.findUser(username).map(StaffUser::displayName).orElse(username);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String time(String instant) {
		ZoneId zone = platform.zone();
		return WHEN.format(java.time.Instant.parse(instant).atZone(zone));
	}
}
