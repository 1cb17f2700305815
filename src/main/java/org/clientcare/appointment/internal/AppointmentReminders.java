package org.clientcare.appointment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientcare.appointment.AppointmentSettings;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.entitlement.EntitlementManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.Job;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.suitability.SuitabilityManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The job {@code appointment-reminders} (§8): on each run, the booked appointments of the days after today up to the
 * next working day get, once each, an SMS to the visitor, an e-mail with the ICS file where there is an address, and
 * a preparation notice (准备工作) to the advisor with the customer's tier, its entitlements and their balances, open
 * complaints and suitability status. A reminder is claimed by inserting its key (appointment, kind, start) before it is sent, in the same transaction, so
 * running the job again, or on another instance, sends nothing twice; a rescheduled appointment is reminded anew.
 */
@Component
public class AppointmentReminders implements Job {

	public static final String NAME = "appointment-reminders";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Appointments appointments;

	private final CalendarManagement calendar;

	private final CustomerManagement customers;

	private final ComplaintManagement complaints;

	private final SuitabilityManagement suitability;

	private final EntitlementManagement entitlements;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final MessageSource messages;

	private final PiiCipher pii;

	private final AppointmentSettings settings;

	private final Clock clock;

	AppointmentReminders(Appointments appointments, CalendarManagement calendar, CustomerManagement customers,
			ComplaintManagement complaints, SuitabilityManagement suitability, EntitlementManagement entitlements,
			IdentityManagement identity,
			NotificationManagement notifications, MessageSource messages, PiiCipher pii, AppointmentSettings settings,
			Clock clock) {
		this.appointments = appointments;
		this.calendar = calendar;
		this.customers = customers;
		this.complaints = complaints;
		this.suitability = suitability;
		this.entitlements = entitlements;
		this.identity = identity;
		this.notifications = notifications;
		this.messages = messages;
		this.pii = pii;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		LocalDate until = calendar.addWorkingDays(today, 1);
		Map<Long, List<String>> claimed = appointments.claimReminders(today, until, now);
		List<OutgoingMessage> outgoing = new ArrayList<>();
		if (!claimed.isEmpty()) {
			for (AppointmentRow row : appointments.byIds(List.copyOf(claimed.keySet()))) {
				outgoing.addAll(messages(row, claimed.get(row.id()), now));
			}
			notifications.sendAll(outgoing);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("appointments", claimed.size());
		report.put("messages", outgoing.size());
		report.put("until", until.toString());
		return report;
	}

	private List<OutgoingMessage> messages(AppointmentRow row, List<String> kinds, Instant now) {
		List<OutgoingMessage> out = new ArrayList<>();
		CustomerRef customer = row.customerId() == null ? null : customers.requireVisible(new CustomerId(row.customerId()));
		CustomerContact contact = customer == null ? null : customers.contact(new CustomerId(row.customerId()));
		String mobile = contact != null ? contact.phone() : row.mobileEnc() == null ? null : pii.decrypt(row.mobileEnc());
		String email = contact != null ? contact.email() : row.emailEnc() == null ? null : pii.decrypt(row.emailEnc());
		Locale locale = Locale.forLanguageTag(row.locale());
		OrgUnit unit = identity.orgUnit(row.orgUnitId()).orElseThrow();
		Map<String, String> params = Map.of("appointmentNo", row.appointmentNo(),
				"time", TIME.format(row.startsAt().atZone(clock.getZone())), "branch", unit.name(locale),
				"service", text("appointment.service." + row.service(), locale));
		String key = "appointment:" + row.id() + ":reminder:" + row.startsAt().getEpochSecond();
		CustomerId to = customer == null ? null : customer.id();
		if (kinds.contains("CUSTOMER_SMS") && mobile != null) {
			out.add(new OutgoingMessage(key, Channel.SMS, mobile, "appointment-reminder", locale, params, Purpose.SERVICE, to));
		}
		if (kinds.contains("CUSTOMER_EMAIL") && email != null) {
			byte[] ics = AppointmentIcs.of(row.appointmentNo() + "@clientcare", text("appointment.ics.summary", locale,
					params.get("service")), unit.name(locale), row.startsAt(), row.endsAt(), clock.getZone(), now);
			out.add(new OutgoingMessage(key, Channel.EMAIL, email, "appointment-reminder", locale, params, Purpose.SERVICE, to,
					List.of(new OutgoingMessage.Attachment("appointment.ics", "text/calendar; charset=UTF-8", ics))));
		}
		StaffUser advisor = identity.user(row.advisorId()).orElse(null);
		if (kinds.contains("ADVISOR") && advisor != null && advisor.email() != null && !advisor.email().isBlank()) {
			Map<String, String> notice = new LinkedHashMap<>(params);
			Locale staff = Locale.SIMPLIFIED_CHINESE;
			notice.put("branch", unit.name(staff));
			notice.put("service", text("appointment.service." + row.service(), staff));
			notice.put("name", row.name());
			notice.put("tier", customer == null || customer.tier() == null ? text("appointment.notice.notCustomer", staff)
					: text("tier." + customer.tier(), staff));
			notice.put("complaints", customer == null ? "0" : Long.toString(complaints.openComplaintsOf(to)));
			notice.put("suitability", customer == null ? "-" : suitability(to, staff));
			notice.put("entitlements", customer == null ? "-" : entitlements.summaryOf(to, staff));
			notice.put("notes", row.notes() == null ? "-" : row.notes());
			out.add(new OutgoingMessage(key + ":advisor", Channel.EMAIL, advisor.email(), "appointment-advisor-notice", staff,
					notice, Purpose.SERVICE, null));
		}
		return out;
	}

	private String suitability(CustomerId customer, Locale locale) {
		return suitability.latestAssessment(customer).map(a -> a.validUntil().isBefore(LocalDate.now(clock))
				? text("appointment.notice.assessmentExpired", locale, a.level().name(), a.validUntil().toString())
				: text("appointment.notice.assessmentValid", locale, a.level().name(), a.validUntil().toString()))
			.orElse(text("appointment.notice.noAssessment", locale));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
