package org.clientcare.complaint.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.complaint.ComplaintEvents.ComplaintAcknowledged;
import org.clientcare.complaint.ComplaintEvents.ComplaintRegistered;
import org.clientcare.complaint.ComplaintEvents.ComplaintsBreached;
import org.clientcare.complaint.ComplaintEvents.ComplaintsBreached.Breach;
import org.clientcare.complaint.ComplaintSettings;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.identity.Supervisors;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.ActingClock;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What complaints tell people, through the notification outbox: the complainant is told its complaint was received
 * (online) and acknowledged (the resolution goes out with its answer link from {@link FeedbackLinkSender}, in the
 * resolving transaction); supervisors and compliance are told of every missed deadline. Each message has
 * an event key, so a repeated event sends nothing twice.
 */
@Component
class ComplaintNotices {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Complaints complaints;

	private final NotificationManagement notifications;

	private final IdentityManagement identity;

	private final PiiCipher pii;

	private final ComplaintSettings settings;

	private final org.clientcare.platform.PublicAddress publicAddress;

	private final PlatformSettings platform;

	ComplaintNotices(Complaints complaints, NotificationManagement notifications, IdentityManagement identity,
			PiiCipher pii, ComplaintSettings settings, org.clientcare.platform.PublicAddress publicAddress, PlatformSettings platform) {
		this.complaints = complaints;
		this.notifications = notifications;
		this.identity = identity;
		this.pii = pii;
		this.settings = settings;
		this.publicAddress = publicAddress;
		this.platform = platform;
	}

	@ApplicationModuleListener
	void on(ComplaintRegistered event) {
		complaint(event.complaintId()).filter(row -> "ONLINE".equals(row.channel()))
			.ifPresent(row -> at(event.registeredAt(), () -> toComplainant(row, "received", "complaint-received",
					Map.of("complaintNo", row.complaintNo(), "statusUrl", statusUrl()))));
	}

	@ApplicationModuleListener
	void on(ComplaintAcknowledged event) {
		complaint(event.complaintId()).ifPresent(row -> at(event.acknowledgedAt(), () -> toComplainant(row,
				"acknowledged", "complaint-acknowledged",
				Map.of("complaintNo", row.complaintNo(), "resolutionDueAt", due(row.resolutionDueAt())))));
	}

	/**
	 * A notice is dated when the step it tells of was taken, as one sent in the step's own transaction is: a listener
	 * runs after the step's commit, on a thread of its own, and the demo replays its complaints' history days back
	 * ({@link ActingClock}). An event published before it carried its time is dated as it is sent.
	 */
	private static void at(Instant step, Runnable send) {
		if (step == null) {
			send.run();
		}
		else {
			ActingClock.at(step, send);
		}
	}

	/**
	 * One e-mail per breach to each of its escalation recipients, the whole batch at once: the complaints in one
	 * query, the staff looked up once, the messages enqueued together.
	 */
	@ApplicationModuleListener
	void on(ComplaintsBreached event) {
		Map<Long, ComplaintRow> rows = new HashMap<>();
		complaints.all(event.breaches().stream().map(Breach::complaintId).distinct().toList())
			.forEach(row -> rows.put(row.id(), row));
		var recipients = new EscalationRecipients();
		List<OutgoingMessage> messages = new ArrayList<>();
		for (Breach breach : event.breaches()) {
			ComplaintRow row = rows.get(breach.complaintId());
			if (row == null) {
				continue;
			}
			var due = switch (breach.sla()) {
				case "ACKNOWLEDGE" -> row.resolutionDueAt();
				default -> row.regulatoryDueAt();
			};
			for (StaffUser staff : recipients.of(row)) {
				if (staff.email() != null) {
					messages.add(new OutgoingMessage("complaint:" + row.id() + ":breached:" + breach.sla(), Channel.EMAIL,
							staff.email(), "complaint-escalated", Locale.SIMPLIFIED_CHINESE,
							Map.of("complaintNo", row.complaintNo(), "reason", BREACH_WORDS.getOrDefault(breach.sla(),
									breach.sla()), "dueAt", due(due)),
							Purpose.SERVICE, null));
				}
			}
		}
		at(event.detectedAt(), () -> notifications.sendAll(messages));
	}

	/** A major complaint (重大投诉): one e-mail to every compliance officer, once per complaint. */
	@ApplicationModuleListener
	void on(org.clientcare.complaint.ComplaintEvents.ComplaintEscalatedToCompliance event) {
		complaint(event.complaintId()).ifPresent(row -> at(event.escalatedAt(), () -> notifications.sendAll(identity
			.usersWithRole(Role.COMPLIANCE).stream()
			.filter(staff -> staff.enabled() && staff.email() != null)
			.map(staff -> new OutgoingMessage("complaint:" + row.id() + ":major:" + staff.username(), Channel.EMAIL,
					staff.email(), "complaint-escalated", Locale.SIMPLIFIED_CHINESE,
					Map.of("complaintNo", row.complaintNo(), "reason", "重大投诉，请合规部门立即介入", "dueAt",
							due(row.regulatoryDueAt())),
					Purpose.SERVICE, null))
			.toList())));
	}

	/** What was missed, in the words of the (Chinese) escalation e-mail. */
	static final Map<String, String> BREACH_WORDS = Map.of("ACKNOWLEDGE", "未在24小时内确认受理", "RESOLVE",
			"未在时限内办结", "REGULATORY", "超过监管答复时限");

	/**
	 * Who is told of a breach: the supervisors of the complaint's department (or, without one, of its unit) and every
	 * compliance officer. Staff are read once per batch and the answer kept per unit.
	 */
	private final class EscalationRecipients {

		private final Supervisors supervisors = identity.supervisors();

		private final List<StaffUser> compliance = identity.usersWithRole(Role.COMPLIANCE);

		private final Map<Long, List<StaffUser>> byUnit = new HashMap<>();

		List<StaffUser> of(ComplaintRow row) {
			Long unitId = row.departmentId() != null ? row.departmentId() : row.orgUnitId();
			return unitId == null ? recipients(null) : byUnit.computeIfAbsent(unitId, this::recipients);
		}

		private List<StaffUser> recipients(Long unitId) {
			Set<StaffUser> recipients = new LinkedHashSet<>();
			recipients.addAll(unitId == null ? supervisors.withoutUnit() : supervisors.of(unitId));
			recipients.addAll(compliance);
			return List.copyOf(recipients);
		}
	}

	private void toComplainant(ComplaintRow row, String what, String template, Map<String, String> params) {
		String contact = pii.decrypt(row.contactEnc());
		notifications.send(new OutgoingMessage("complaint:" + row.id() + ":" + what,
				Contacts.isEmail(contact) ? Channel.EMAIL : Channel.SMS, contact, template, Locale.SIMPLIFIED_CHINESE, params,
				Purpose.SERVICE, row.customerId() == null ? null : new CustomerId(row.customerId())));
	}

	private Optional<ComplaintRow> complaint(long id) {
		return complaints.find(id, ComplaintScope.Filter.all());
	}

	private String due(java.time.Instant instant) {
		return DUE.format(instant.atZone(platform.zone()));
	}

	private String statusUrl() {
		return publicAddress.link("/public/complaints");
	}
}
