package org.clientcare.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.clientcare.appointment.internal.AppointmentRow;
import org.clientcare.appointment.internal.Appointments;
import org.clientcare.appointment.internal.BookingCodes;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking on the public page without an account (§8): the visitor picks branch, service, day and slot, gives name and
 * mobile number, and confirms with a one-time SMS code sent through the outbox (at most {@code codesPerMobilePerHour}
 * codes to a number in an hour, {@code codeAttempts} tries per code). The booking then gets a private link, sent by SMS,
 * to cancel or reschedule until the service's cut-off; tokens and codes are kept only as SHA-256 hashes and never
 * appear in any staff list or answer.
 */
@Service
public class PublicBooking {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AppointmentManagement management;

	private final AppointmentLifecycle lifecycle;

	private final Appointments appointments;

	private final BookingCodes codes;

	private final NotificationManagement notifications;

	private final IdentityManagement identity;

	private final MessageSource messages;

	private final PiiCipher pii;

	private final AppointmentSettings settings;

	private final org.clientcare.platform.PublicAddress publicAddress;

	private final Clock clock;

	PublicBooking(AppointmentManagement management, AppointmentLifecycle lifecycle, Appointments appointments,
			BookingCodes codes, NotificationManagement notifications, IdentityManagement identity, MessageSource messages,
			PiiCipher pii, AppointmentSettings settings, org.clientcare.platform.PublicAddress publicAddress, Clock clock) {
		this.management = management;
		this.lifecycle = lifecycle;
		this.appointments = appointments;
		this.codes = codes;
		this.notifications = notifications;
		this.identity = identity;
		this.messages = messages;
		this.pii = pii;
		this.settings = settings;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	/** A code was sent: the pending booking's token (for the confirmation form) and when the code expires. */
	public record CodeSent(String token, Instant expiresAt) {
	}

	/**
	 * Checks the booking and sends a code to the mobile number. Refuses bad input (400 naming the field), a start
	 * that is not a slot (400 {@code start}), a full slot (409) and a number that received too many codes
	 * ({@link TooManyCodes}, 429).
	 */
	@Transactional
	public CodeSent requestCode(String orgUnit, AppointmentService service, OffsetDateTime start, String name,
			String mobile, String email, Locale locale) {
		var problems = new InvalidInput.Collector();
		OrgUnit unit = management.branch(orgUnit, problems);
		if (service == null) {
			problems.add("service", "required", "Choose a service");
		}
		if (start == null) {
			problems.add("start", "required", "Choose a slot");
		}
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			problems.add("name", "required", "Your name, up to 100 characters");
		}
		String number = MainlandMobile.normalize(mobile).orElse(null);
		if (number == null) {
			problems.add("mobile", mobile == null || mobile.isBlank() ? "required" : "format", "A mainland mobile number");
		}
		String mail = AppointmentManagement.blankToNull(email);
		if (mail != null && (mail.length() > 200 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			problems.add("email", "format", "An e-mail address");
		}
		problems.throwIfAny();
		management.checkBookable(unit, service, start);
		Instant now = clock.instant();
		byte[] mobileHash = pii.searchHash(number);
		var sent = codes.sentTo(mobileHash, now.minus(Duration.ofHours(1)));
		if (sent.count() >= settings.codesPerMobilePerHour()) {
			throw new TooManyCodes(Math.max(1, Duration.between(now, sent.earliest().plus(Duration.ofHours(1))).toSeconds()));
		}
		String token = token();
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		Instant expires = now.plus(settings.codeValidFor());
		Locale language = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
		codes.insert(hash(token), unit.id(), service, start.toInstant(), name.strip(), pii.encrypt(number), mobileHash,
				mail == null ? null : pii.encrypt(mail), language.toLanguageTag(), hash(token + ":" + code), now, expires);
		notifications.send(new OutgoingMessage("appointment-code:" + hash(token).substring(0, 32), Channel.SMS, number,
				"appointment-code", language, Map.of(), Purpose.SERVICE, null).withSecret("code", code));
		return new CodeSent(token, expires);
	}

	/** How a confirmation ended. */
	public enum Outcome {
		BOOKED, WRONG_CODE, EXPIRED, USED, UNKNOWN
	}

	/** The outcome, and for a booking the appointment and the private link to change it. */
	public record Confirmation(Outcome outcome, AppointmentView appointment, String manageUrl, int attemptsLeft) {
	}

	/**
	 * Whether the token's booking still waits for its code (not booked, not expired, attempts left): what the code's
	 * page shows again in another language. Counts no attempt and sends nothing.
	 */
	@Transactional(readOnly = true)
	public boolean waitingForCode(String token) {
		var pending = token == null || token.length() > 64 ? null : codes.find(hash(token)).orElse(null);
		return pending != null && pending.usedAt() == null && pending.attempts() < settings.codeAttempts()
				&& !clock.instant().isAfter(pending.expiresAt());
	}

	/**
	 * Books the pending booking if the code is right. A wrong code counts as an attempt (the last one uses the code
	 * up); an expired, used or unknown token books nothing. The slot may have filled meanwhile (409).
	 */
	@Transactional
	public Confirmation confirm(String token, String code) {
		var pending = token == null || token.length() > 64 ? null : codes.lock(hash(token)).orElse(null);
		if (pending == null) {
			return new Confirmation(Outcome.UNKNOWN, null, null, 0);
		}
		if (pending.usedAt() != null || pending.attempts() >= settings.codeAttempts()) {
			return new Confirmation(Outcome.USED, null, null, 0);
		}
		if (clock.instant().isAfter(pending.expiresAt())) {
			return new Confirmation(Outcome.EXPIRED, null, null, 0);
		}
		if (code == null || !MessageDigest.isEqual(hash(token + ":" + code.strip()).getBytes(StandardCharsets.UTF_8),
				pending.codeHash().getBytes(StandardCharsets.UTF_8))) {
			codes.failedAttempt(pending.tokenHash());
			int left = settings.codeAttempts() - pending.attempts() - 1;
			return new Confirmation(left > 0 ? Outcome.WRONG_CODE : Outcome.USED, null, null, left);
		}
		OrgUnit unit = identity.orgUnit(pending.orgUnitId()).orElseThrow();
		String mobile = pii.decrypt(pending.mobileEnc());
		Locale locale = Locale.forLanguageTag(pending.locale());
		AppointmentView booked = management.book(new BookAppointment(unit.code(), pending.service(),
				pending.startsAt().atZone(clock.getZone()).toOffsetDateTime(), null, pending.name(), mobile,
				pending.emailEnc() == null ? null : pii.decrypt(pending.emailEnc()), null, locale), "PUBLIC", "public");
		codes.used(pending.tokenHash(), booked.id(), clock.instant());
		String manage = token();
		appointments.setManageToken(booked.id(), hash(manage));
		String url = publicAddress.link("/public/appointments/manage/" + manage);
		notifications.send(new OutgoingMessage("appointment:" + booked.id() + ":booked", Channel.SMS, mobile,
				"appointment-booked", locale, Map.of("appointmentNo", booked.appointmentNo(), "service",
						messages.getMessage("appointment.service." + booked.service(), null, locale), "branch",
						unit.name(locale), "time", TIME.format(booked.start().atZone(clock.getZone()))),
				Purpose.SERVICE, null).withSecret("url", url));
		return new Confirmation(Outcome.BOOKED, booked, url, settings.codeAttempts() - pending.attempts());
	}

	/** What the private link shows: the visitor's own appointment, and whether it may still be changed. */
	public record Managed(AppointmentRowView appointment, boolean changeable, Instant changeableUntil) {
	}

	/** The visitor's own appointment as the private page shows it: no staff data. */
	public record AppointmentRowView(String appointmentNo, String orgUnit, String branch, AppointmentService service, Instant start,
			Instant end, AppointmentStatus status, String name) {
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Managed> open(String token, Locale locale) {
		return find(token, false).map(row -> managed(row, locale));
	}

	/** Cancels through the link until the cut-off; afterwards, or a second time, nothing changes. */
	@Transactional
	public java.util.Optional<Managed> cancel(String token, Locale locale) {
		var row = find(token, true);
		if (row.isEmpty()) {
			return java.util.Optional.empty();
		}
		if (changeable(row.get())) {
			lifecycle.cancel(row.get(), "customer", true);
		}
		return find(token, false).map(r -> managed(r, locale));
	}

	/** Moves the appointment to another slot of its branch and service through the link, until the cut-off. */
	@Transactional
	public java.util.Optional<Managed> reschedule(String token, OffsetDateTime start, Locale locale) {
		var row = find(token, true);
		if (row.isEmpty()) {
			return java.util.Optional.empty();
		}
		if (changeable(row.get())) {
			lifecycle.reschedule(row.get(), start);
		}
		return find(token, false).map(r -> managed(r, locale));
	}

	private java.util.Optional<AppointmentRow> find(String token, boolean lock) {
		return token == null || token.length() > 64 ? java.util.Optional.empty() : appointments.byManageToken(hash(token), lock);
	}

	private boolean changeable(AppointmentRow row) {
		return row.status() == AppointmentStatus.BOOKED && clock.instant().isBefore(cutOff(row));
	}

	private Instant cutOff(AppointmentRow row) {
		return row.startsAt().minus(settings.of(row.service()).cancelCutOff());
	}

	private Managed managed(AppointmentRow row, Locale locale) {
		OrgUnit unit = identity.orgUnit(row.orgUnitId()).orElseThrow();
		return new Managed(new AppointmentRowView(row.appointmentNo(), unit.code(), unit.name(locale), row.service(), row.startsAt(), row.endsAt(),
				row.status(), row.name()), changeable(row), cutOff(row));
	}

	private static String token() {
		return CustomerLinks.newToken();
	}

	static String hash(String value) {
		return CustomerLinks.hash(value);
	}
}
