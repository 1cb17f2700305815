package org.clientcare.appointment.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.clientcare.appointment.AppointmentEvents.AppointmentCancelled;
import org.clientcare.appointment.AppointmentEvents.AppointmentRescheduled;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the visitor by SMS when an appointment changes (SPEC §8, nobody waits in vain): its new time when it is
 * rescheduled — by staff, or by the visitor through the private link, as a confirmation — and the branch's reason when
 * the branch cancels it. The number is the customer's on file, or the one a visitor without a customer record gave.
 * Each change is told once (its event key names the appointment and the new start).
 */
@Component
class AppointmentChangeNotices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Appointments appointments;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final NotificationManagement notifications;

	private final MessageSource messages;

	private final PiiCipher pii;

	private final Clock clock;

	AppointmentChangeNotices(Appointments appointments, CustomerManagement customers, IdentityManagement identity,
			NotificationManagement notifications, MessageSource messages, PiiCipher pii, Clock clock) {
		this.appointments = appointments;
		this.customers = customers;
		this.identity = identity;
		this.notifications = notifications;
		this.messages = messages;
		this.pii = pii;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled event) {
		tell(event.appointmentId(), "rescheduled:" + event.to().getEpochSecond(), "appointment-rescheduled", null);
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled event) {
		if (!event.byCustomer()) {
			tell(event.appointmentId(), "cancelled", "appointment-cancelled", event.reason());
		}
	}

	private void tell(long appointmentId, String change, String template, String reason) {
		CurrentActor.runAs(Actor.system("appointment-notices"), () -> appointments.byIds(java.util.List.of(appointmentId))
			.forEach(row -> {
				String mobile = row.customerId() != null
						? customers.contact(new CustomerId(row.customerId())).phone()
						: row.mobileEnc() == null ? null : pii.decrypt(row.mobileEnc());
				if (mobile == null) {
					return;
				}
				Locale locale = Locale.forLanguageTag(row.locale());
				OrgUnit unit = identity.orgUnit(row.orgUnitId()).orElseThrow();
				Map<String, String> params = Map.of("appointmentNo", row.appointmentNo(), "branch", unit.name(locale),
						"service", messages.getMessage("appointment.service." + row.service(), null, locale),
						"time", TIME.format(row.startsAt().atZone(clock.getZone())),
						"reason", reason == null || reason.isBlank() ? "-" : reason.strip());
				notifications.send(new OutgoingMessage("appointment:" + row.id() + ":" + change, Channel.SMS, mobile,
						template, locale, params, Purpose.SERVICE,
						row.customerId() == null ? null : new CustomerId(row.customerId())));
			}));
	}
}
