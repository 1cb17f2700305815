package org.clientcare.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.clientcare.audit.AuditTrail;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.complaint.ComplaintEvents.ComplaintRegistered;
import org.clientcare.complaint.internal.Categories;
import org.clientcare.complaint.internal.Complaints;
import org.clientcare.complaint.internal.Contacts;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.CurrentActor;
import org.clientcare.identity.Target;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Registration from every channel: the checks, the deadlines, the first timeline entry, audit and event. */
@Component
class ComplaintIntake {

	private final Complaints complaints;

	private final CustomerManagement customers;

	private final CalendarManagement calendar;

	private final PiiCipher pii;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ComplaintSettings settings;

	private final PlatformSettings platform;

	private final Categories categories;

	private final Clock clock;

	private final ComplaintTriage triage;

	ComplaintIntake(Complaints complaints, CustomerManagement customers,
			CalendarManagement calendar, PiiCipher pii, AuditTrail audit, ApplicationEventPublisher events,
			ComplaintSettings settings, PlatformSettings platform, Categories categories, Clock clock, ComplaintTriage triage) {
		this.triage = triage;
		this.complaints = complaints;
		this.customers = customers;
		this.calendar = calendar;
		this.pii = pii;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.platform = platform;
		this.categories = categories;
		this.clock = clock;
	}


	/**
	 * What the permission model asks about a complaint about to be registered: its customer's unit and account manager
	 * (a customer outside the caller's scope answers 404 here), or the caller's own unit when no customer is named.
	 */
	public Target registrationTarget(Long customerId, Long actorUnitId) {
		if (customerId == null) {
			return Target.unit(actorUnitId);
		}
		var customer = customers.requireVisible(new CustomerId(customerId));
		return Target.customer(customer.orgUnitId(), customer.managerId());
	}

	long register(RegisterComplaint command, String registeredBy, Long actorUnitId) {
		Instant now = clock.instant();
		var problems = new InvalidInput.Collector();
		Optional<String> contact = Contacts.normalise(command.contact());
		if (contact.isEmpty()) {
			problems.add("contact", "format", "A mainland mobile number or an email address");
		}
		if (command.category() == null || !categories(Locale.ENGLISH).containsKey(command.category())) {
			problems.add("category", "unknown", "Not a complaint category");
		}
		Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt().toInstant();
		if (receivedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
			problems.add("receivedAt", "range", "A complaint cannot be received in the future");
		}
		problems.throwIfAny();
		Long orgUnitId = actorUnitId;
		if (command.customerId() != null) {
			orgUnitId = customers.requireVisible(new CustomerId(command.customerId())).orgUnitId();
		}
		ComplaintSeverity severity = command.severity() == null ? ComplaintSeverity.ORDINARY : command.severity();
		var deadlines = ComplaintDeadlines.of(receivedAt, platform.zone(), settings, calendar::addWorkingDays);
		Complaints.Registered registered = complaints.insert(new Complaints.NewComplaint(command.customerId(), command.complainantName().strip(),
				pii.encrypt(contact.get()), contactHash(contact.get()), command.channel().name(), command.category(),
				command.content().strip(), blankToNull(command.productCode()), command.amountInDispute(), receivedAt,
				platform.zone().getId(), orgUnitId, registeredBy, deadlines.acknowledge(), deadlines.resolve(),
				deadlines.regulatory(), settings.regulatoryDays(), now, severity.name()));
		long id = registered.id();
		String complaintNo = registered.complaintNo();
		complaints.event(id, now, CurrentActor.get().username(), "RECEIVED", command.channel().name(), true);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("complaintNo", complaintNo);
		state.put("customerId", command.customerId());
		state.put("complainant", command.complainantName().strip());
		state.put("contact", Contacts.mask(contact.get()));
		state.put("channel", command.channel().name());
		state.put("category", command.category());
		state.put("receivedAt", receivedAt.toString());
		state.put("severity", severity.name());
		audit.record("complaint.registered", "complaint", id, null, state);
		if (severity.escalatesToCompliance()) {
			complaints.update(id, 0, Map.of("compliance_escalated_at", now), now);
			triage.escalated(id, complaintNo, severity, now);
		}
		events.publishEvent(new ComplaintRegistered(id, complaintNo,
				command.customerId() == null ? null : new CustomerId(command.customerId()), command.category(),
				command.channel(), receivedAt, blankToNull(command.productCode()), now));
		return id;
	}

	byte[] contactHash(String normalised) {
		return pii.searchHash("contact:" + normalised);
	}

	/** The hashes a lookup compares: the current and, while the index key rotates, the previous. */
	byte[][] contactHashes(String normalised) {
		return pii.searchHashes("contact:" + normalised);
	}

	Map<String, String> categories(Locale locale) {
		Map<String, String> active = new LinkedHashMap<>();
		categories.all().stream().filter(ComplaintCategory::active).forEach(c -> active.put(c.code(),
				"zh".equals(locale.getLanguage()) ? c.nameZh() : c.nameEn()));
		return active;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
