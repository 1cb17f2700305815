package org.clientcare.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.identity.Target;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Authorization;
import org.clientcare.audit.AuditTrail;
import org.clientcare.calendar.CalendarManagement;
import org.clientcare.complaint.ComplaintChannel;
import org.clientcare.complaint.ComplaintManagement;
import org.clientcare.complaint.ComplaintView;
import org.clientcare.complaint.RegisterComplaint;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.inquiry.InquiryEvents.InquiryAnswered;
import org.clientcare.inquiry.InquiryEvents.InquiryConvertedToComplaint;
import org.clientcare.inquiry.InquiryEvents.InquiryRegistered;
import org.clientcare.inquiry.InquiryStatus.Step;
import org.clientcare.inquiry.internal.Inquiries;
import org.clientcare.inquiry.internal.InquiryContacts;
import org.clientcare.inquiry.internal.InquiryRow;
import org.clientcare.inquiry.internal.InquiryScope;
import org.clientcare.inquiry.internal.InquiryViews;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.Forbidden;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;
import org.clientcare.shared.problem.StaleVersion;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries (咨询, §8). Registration fixes the due time on the official calendar; every step checks the lifecycle
 * ({@link Conflict} for an illegal step), the caller's role and its inquiry scope ({@link NotFound} outside it), writes
 * the timeline and the audit trail, and publishes an event for the KPIs and the customer timeline.
 */
@Service
public class InquiryManagement {

	private final Authorization authorization;

	/** SPEC §1: appointments, inquiries, case steps. */

	private final Inquiries inquiries;

	private final InquiryScope scope;

	private final InquiryViews views;

	private final CustomerManagement customers;

	private final ComplaintManagement complaints;

	private final IdentityManagement identity;

	private final CalendarManagement calendar;

	private final PiiCipher pii;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final InquirySettings settings;

	private final PlatformSettings platform;

	private final Clock clock;

	InquiryManagement(Inquiries inquiries, InquiryScope scope, InquiryViews views, CustomerManagement customers,
			ComplaintManagement complaints, IdentityManagement identity, CalendarManagement calendar, PiiCipher pii,
			AuditTrail audit, ApplicationEventPublisher events, InquirySettings settings, PlatformSettings platform,
			Clock clock, Authorization authorization) {
		this.authorization = authorization;
		this.inquiries = inquiries;
		this.scope = scope;
		this.views = views;
		this.customers = customers;
		this.complaints = complaints;
		this.identity = identity;
		this.calendar = calendar;
		this.pii = pii;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.platform = platform;
		this.clock = clock;
	}

	/** Registers an inquiry taken by staff from any channel; its due time is fixed now. */
	@Transactional
	public InquiryView register(RegisterInquiry command) {
		Actor actor = CurrentActor.get();
		Long orgUnitId = actor.orgUnitId();
		Target target = Target.unit(orgUnitId);
		if (command.customerId() != null) {
			CustomerRef customer = customers.requireVisible(new CustomerId(command.customerId()));
			orgUnitId = customer.orgUnitId();
			target = Target.customer(customer.orgUnitId(), customer.managerId());
		}
		authorization.require(Permission.INQUIRY_WRITE, target);
		long id = insert(command, actor.username(), orgUnitId);
		return get(id);
	}

	/** Registers a question a customer handed over from the public assistant; answers its number and due time. */
	@Transactional
	public InquiryReceipt registerFromAssistant(String name, String contact, String question) {
		long id = insert(new RegisterInquiry(null, name, contact, InquiryChannel.ASSISTANT, question), "public", null);
		InquiryRow row = inquiries.find(id, InquiryScope.Filter.ALL).orElseThrow();
		return new InquiryReceipt(row.inquiryNo(), row.dueAt());
	}

	/** The answer to an inquiry, for whoever knows its number and the contact it was registered with. */
	@Transactional(readOnly = true)
	public Optional<InquiryReceipt.Status> track(String inquiryNo, String contact) {
		if (inquiryNo == null || inquiryNo.length() > 20) {
			return Optional.empty();
		}
		return InquiryContacts.normalise(contact)
			.flatMap(normalised -> inquiries.byNumberAndContact(inquiryNo.strip(),
					pii.searchHashes("inquiry-contact:" + normalised)))
			.map(row -> new InquiryReceipt.Status(row.inquiryNo(), InquiryStatus.valueOf(row.status()), row.dueAt(),
					row.answer(), row.answeredAt()));
	}

	@Transactional(readOnly = true)
	public InquiryView get(long id) {
		return views.full(require(id));
	}

	@Transactional(readOnly = true)
	public ResultPage<InquiryView> list(InquiryStatus status, Boolean overdue, Long customerId, int page, int size) {
		Instant now = clock.instant();
		var filter = scope.current();
		String statusName = status == null ? null : status.name();
		List<InquiryView> content = inquiries.list(filter, statusName, overdue, customerId, now, page, size).stream()
			.map(views::summary).toList();
		return new ResultPage<>(content, page, size, inquiries.count(filter, statusName, overdue, customerId, now));
	}

	/**
	 * The service-level figures of the inquiries the caller sees for the days {@code from} to {@code to} (inclusive, in
	 * the institution's zone); this month when a bound is missing, the two swapped when given the wrong way round.
	 */
	@Transactional(readOnly = true)
	public InquiryFigures figures(java.time.LocalDate from, java.time.LocalDate to) {
		java.time.ZoneId zone = platform.zone();
		Instant now = clock.instant();
		java.time.LocalDate today = now.atZone(zone).toLocalDate();
		java.time.LocalDate first = from == null ? today.withDayOfMonth(1) : from;
		java.time.LocalDate last = to == null ? today.withDayOfMonth(today.lengthOfMonth()) : to;
		if (last.isBefore(first)) {
			java.time.LocalDate swap = first;
			first = last;
			last = swap;
		}
		long[] f = inquiries.figures(scope.current(), first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant(), now);
		return InquiryFigures.of(first, last, f[0], f[1], f[2], f[3], f[4]);
	}

	/** Gives the inquiry to a staff member who may handle inquiries. */
	@Transactional
	public InquiryView assign(long id, String username) {
		InquiryRow row = step(id, Step.ASSIGN);
		StaffUser assignee = username == null ? null : identity.findUser(username.strip()).orElse(null);
		if (assignee == null || !assignee.enabled() || !assignee.role().may(Permission.INQUIRY_WRITE)) {
			throw InvalidInput.of("assignee", "unknown", "No staff member with this username handles inquiries");
		}
		change(row, Map.of("status", InquiryStatus.IN_PROGRESS.name(), "assignee_id", assignee.id()));
		record(row, "ASSIGNED", assignee.username());
		return get(id);
	}

	/** Answers the inquiry; an answer after the due time also flags it overdue. */
	@Transactional
	public InquiryView answer(long id, String answer) {
		if (answer == null || answer.isBlank() || answer.length() > 10_000) {
			throw InvalidInput.of("answer", "required", "An answer of up to 10,000 characters");
		}
		InquiryRow row = step(id, Step.ANSWER);
		Instant now = clock.instant();
		boolean onTime = InquiryDeadline.onTime(now, row.dueAt());
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("status", InquiryStatus.ANSWERED.name());
		columns.put("answer", answer.strip());
		columns.put("answered_at", now);
		columns.put("answered_by", CurrentActor.get().username());
		if (!onTime && !row.overdue()) {
			columns.put("overdue", true);
			columns.put("overdue_at", now);
		}
		change(row, columns);
		record(row, "ANSWERED", answer.strip());
		events.publishEvent(new InquiryAnswered(id, row.inquiryNo(), customer(row), row.orgUnitId(), now, row.dueAt(), onTime));
		return get(id);
	}

	/**
	 * The customer is in fact complaining (首问负责制): registers a complaint with the inquiry's asker, contact and
	 * question, received when the inquiry was, through the complaint module; the inquiry becomes {@code CONVERTED}.
	 */
	@Transactional
	public InquiryView convertToComplaint(long id, String category) {
		InquiryRow row = step(id, Step.CONVERT);
		ComplaintView complaint = complaints.register(new RegisterComplaint(row.customerId(), row.askerName(),
				views.contact(row), complaintChannel(row.channel()), category, row.question(),
				OffsetDateTime.ofInstant(row.receivedAt(), platform.zone()), null, null));
		Instant now = clock.instant();
		change(row, Map.of("status", InquiryStatus.CONVERTED.name(), "complaint_id", complaint.id(), "converted_at", now));
		record(row, "CONVERTED", complaint.complaintNo());
		events.publishEvent(new InquiryConvertedToComplaint(id, row.inquiryNo(), customer(row), row.orgUnitId(),
				complaint.id(), now, row.dueAt(), InquiryDeadline.onTime(now, row.dueAt())));
		return get(id);
	}

	/**
	 * Everything this module holds about a customer, for the data subject's access request (PIPL): each inquiry with
	 * its timeline and the contact unmasked. Checks that the caller may see the customer.
	 */
	@Transactional(readOnly = true)
	public List<InquiryView> heldAbout(CustomerId customer) {
		customers.requireVisible(customer);
		return inquiries.ofCustomer(customer.value()).stream().map(row -> {
			InquiryView view = views.full(row);
			return new InquiryView(view.id(), view.inquiryNo(), view.status(), view.customerId(), view.name(),
					views.contact(row), view.channel(), view.question(), view.receivedAt(), view.dueAt(), view.overdue(),
					view.assignee(), view.assigneeName(), view.answer(), view.answeredAt(), view.answeredBy(),
					view.complaintId(), view.registeredBy(), view.timeline());
		}).toList();
	}

	/** Whether the current user may register and handle inquiries (for pages). */
	public boolean currentMayHandle() {
		return authorization.can(Permission.INQUIRY_WRITE);
	}

	private long insert(RegisterInquiry command, String registeredBy, Long orgUnitId) {
		var problems = new InvalidInput.Collector();
		Optional<String> contact = InquiryContacts.normalise(command.contact());
		if (contact.isEmpty()) {
			problems.add("contact", "format", "A mainland mobile number or an email address");
		}
		if (command.name() == null || command.name().isBlank() || command.name().length() > 100) {
			problems.add("name", "required", "The asker's name, up to 100 characters");
		}
		if (command.question() == null || command.question().isBlank() || command.question().length() > 4000) {
			problems.add("question", "required", "The question, up to 4,000 characters");
		}
		if (command.channel() == null) {
			problems.add("channel", "required", "Where the inquiry came in");
		}
		Instant now = clock.instant();
		Instant received = command.receivedAt() == null ? now : command.receivedAt().toInstant();
		if (received.isAfter(now.plusSeconds(300))) {
			problems.add("receivedAt", "range", "An inquiry cannot be received in the future");
		}
		problems.throwIfAny();
		Instant due = InquiryDeadline.dueAt(received, platform.zone(), settings, calendar::addWorkingDays);
		var created = inquiries.insert(new Inquiries.NewInquiry(command.customerId(), command.name().strip(),
				pii.encrypt(contact.get()), contactHash(contact.get()), command.channel().name(), command.question().strip(),
				received, platform.zone().getId(), due, orgUnitId, registeredBy, now));
		long id = created.getKey();
		inquiries.event(id, received, CurrentActor.get().username(), "RECEIVED", command.channel().name());
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("inquiryNo", created.getValue());
		state.put("customerId", command.customerId());
		state.put("name", command.name().strip());
		state.put("contact", InquiryContacts.mask(contact.get()));
		state.put("channel", command.channel().name());
		state.put("dueAt", due.toString());
		audit.record("inquiry.registered", "inquiry", id, null, state);
		events.publishEvent(new InquiryRegistered(id, created.getValue(),
				command.customerId() == null ? null : new CustomerId(command.customerId()), command.channel(), orgUnitId,
				received, due));
		return id;
	}

	private InquiryRow step(long id, Step step) {
		InquiryRow row = require(id);
		authorization.require(Permission.INQUIRY_WRITE, target(row));
		if (!InquiryStatus.valueOf(row.status()).allows(step)) {
			throw new Conflict("illegal-step", "A " + row.status() + " inquiry cannot take the step " + step);
		}
		return row;
	}

	private Target target(InquiryRow row) {
		if (row.customerId() == null) {
			return Target.unit(row.orgUnitId());
		}
		CustomerRef customer = customers.refs(List.of(new CustomerId(row.customerId()))).get(new CustomerId(row.customerId()));
		return customer == null ? Target.unit(row.orgUnitId()) : Target.customer(customer.orgUnitId(), customer.managerId());
	}

	private InquiryRow require(long id) {
		return inquiries.find(id, scope.current()).orElseThrow(() -> new NotFound("Inquiry", id));
	}

	private void change(InquiryRow row, Map<String, Object> columns) {
		if (!inquiries.update(row.id(), row.version(), columns, clock.instant())) {
			throw new StaleVersion("Inquiry " + row.inquiryNo());
		}
	}

	private void record(InquiryRow row, String kind, String detail) {
		inquiries.event(row.id(), clock.instant(), CurrentActor.get().username(), kind, detail);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("step", kind);
		after.put("inquiryNo", row.inquiryNo());
		audit.record("inquiry." + kind.toLowerCase(java.util.Locale.ROOT), "inquiry", row.id(),
				Map.of("status", row.status()), after, detail);
	}

	private byte[] contactHash(String normalised) {
		return pii.searchHash("inquiry-contact:" + normalised);
	}

	private static CustomerId customer(InquiryRow row) {
		return row.customerId() == null ? null : new CustomerId(row.customerId());
	}

	private static ComplaintChannel complaintChannel(String channel) {
		return switch (InquiryChannel.valueOf(channel)) {
			case HOTLINE -> ComplaintChannel.HOTLINE;
			case EMAIL -> ComplaintChannel.EMAIL;
			case WECHAT -> ComplaintChannel.WECHAT;
			case BRANCH -> ComplaintChannel.BRANCH;
			case LETTER -> ComplaintChannel.LETTER;
			case ONLINE, ASSISTANT -> ComplaintChannel.ONLINE;
		};
	}
}
