package org.clientcare.care;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;

import org.clientcare.audit.AuditTrail;
import org.clientcare.care.internal.Events;
import org.clientcare.care.internal.SegmentResolver;
import org.clientcare.care.internal.Segments;
import org.clientcare.customer.CustomerContact;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.Authorization;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Target;
import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.platform.PublicAddress;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.ResultPage;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.links.CustomerLinks;
import org.clientcare.shared.problem.Conflict;
import org.clientcare.shared.problem.InvalidInput;
import org.clientcare.shared.problem.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer events (客户活动, SPEC §8): branch managers (their subtree) and administrators organise lectures, exchanges
 * and outdoor activities with a capacity, invite a segment or hand-picked customers — each gets a private link to
 * answer without signing in, and an e-mail carries the calendar file — and check guests in at the door. A customer who
 * accepts takes a seat, or waits for one when the event is full; a seat freed by a decline goes to the first on the
 * waitlist at once. Compliance and administrators see every event, branch managers those of their subtree.
 */
@Service
public class EventManagement {

	private final Events events;

	private final Segments segments;

	private final SegmentResolver resolver;

	private final CustomerManagement customers;

	private final NotificationManagement notifications;

	private final IdentityManagement identity;

	private final Authorization authorization;

	private final AuditTrail audit;

	private final PublicAddress address;

	private final PlatformSettings platform;

	private final CareSettings settings;

	private final Clock clock;

	EventManagement(Events events, Segments segments, SegmentResolver resolver, CustomerManagement customers,
			NotificationManagement notifications, IdentityManagement identity, Authorization authorization,
			AuditTrail audit, PublicAddress address, PlatformSettings platform, CareSettings settings, Clock clock) {
		this.events = events;
		this.segments = segments;
		this.resolver = resolver;
		this.customers = customers;
		this.notifications = notifications;
		this.identity = identity;
		this.authorization = authorization;
		this.audit = audit;
		this.address = address;
		this.platform = platform;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Creates an event in an org unit of the caller's subtree; audited.
	 *
	 * @throws InvalidInput naming {@code title}, {@code kind}, {@code startsAt} (not in the future), {@code location},
	 *                      {@code capacity} or {@code orgUnit}
	 */
	@Transactional
	public CareEvent create(CreateEvent command) {
		authorization.require(Permission.EVENT_WRITE);
		InvalidInput.Collector errors = new InvalidInput.Collector();
		if (command.title() == null || command.title().isBlank() || command.title().length() > 200) {
			errors.add("title", "required", "A title of up to 200 characters");
		}
		if (command.kind() == null) {
			errors.add("kind", "required", "LECTURE, EXCHANGE or OUTDOOR");
		}
		Instant now = clock.instant();
		if (command.startsAt() == null || !command.startsAt().toInstant().isAfter(now)) {
			errors.add("startsAt", "range", "An event starts in the future");
		}
		if (command.location() == null || command.location().isBlank() || command.location().length() > 300) {
			errors.add("location", "required", "A place of up to 300 characters");
		}
		if (command.capacity() == null || command.capacity() < 1 || command.capacity() > 100_000) {
			errors.add("capacity", "range", "A capacity of at least one seat");
		}
		Optional<OrgUnit> unit = command.orgUnit() == null ? Optional.empty() : identity.findOrgUnit(command.orgUnit());
		if (unit.isEmpty()) {
			errors.add("orgUnit", "unknown", "The org unit's code");
		}
		errors.throwIfAny();
		authorization.require(Permission.EVENT_WRITE, Target.unit(unit.get().id()));
		long id = events.insert(command.title().strip(), command.kind(), command.startsAt().toInstant(),
				command.location().strip(), command.capacity(), unit.get().id(), CurrentActor.get().username(), now);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("title", command.title().strip());
		state.put("kind", command.kind().name());
		state.put("startsAt", command.startsAt().toInstant().toString());
		state.put("capacity", command.capacity());
		state.put("orgUnit", unit.get().code());
		audit.record("event.created", "event", id, null, state);
		return get(id);
	}

	/**
	 * Invites hand-picked customers (each within the caller's scope, none restricted: 400) and a segment's customers
	 * (with marketing consent, not opted out of SMS, not in cooling-off, not restricted): each gets an SMS with a private link to answer and, where it has an
	 * address, an e-mail with the calendar file. Customers invited already are left as they are; answers the event.
	 */
	@Transactional
	public CareEvent invite(long eventId, List<Long> customerIds, Segment segment) {
		Events.EventRow event = requireWritable(eventId);
		Instant now = clock.instant();
		if (!event.startsAt().isAfter(now)) {
			throw new Conflict("event-begun", "The event has begun");
		}
		List<Long> invited = new ArrayList<>();
		if (customerIds != null) {
			for (Long id : customerIds) {
				if (id == null) {
					throw InvalidInput.of("customerIds", "required", "Customer ids");
				}
				if (customers.requireVisible(new CustomerId(id)).restricted()) {
					// PIPL Art. 47: deletion asked, the law keeps the data; processed for neither marketing nor care
					throw InvalidInput.of("customerIds", "restricted", "Customer " + id
							+ " is restricted: it is not invited to events");
				}
				invited.add(id);
			}
		}
		if (segment != null) {
			invited.addAll(segments.audienceIds(resolver.resolve(segment, event.orgUnitId()), Channel.SMS, now, 10_000));
		}
		if (invited.isEmpty()) {
			throw InvalidInput.of("customerIds", "required", "Name customers or a segment to invite");
		}
		List<Long> distinct = invited.stream().distinct().toList();
		Map<Long, String> tokens = new LinkedHashMap<>();
		distinct.forEach(id -> tokens.put(id, CustomerLinks.newToken()));
		List<Events.InvitationRow> rows = events.invite(eventId, distinct,
				distinct.stream().map(id -> CustomerLinks.hash(tokens.get(id))).toList(), now);
		sendInvitations(event, rows, tokens, now);
		audit.record("event.invited", "event", eventId, null, Map.of("invited", rows.size()));
		return get(eventId);
	}

	/**
	 * Checks a guest in by customer id; audited. 404 for a customer not invited, 409 for one checked in already or
	 * outside the event's {@link #checkInWindow check-in window}.
	 */
	@Transactional
	public CareEvent attend(long eventId, long customerId) {
		requireCheckInOpen(requireWritable(eventId));
		Events.InvitationRow invitation = events.invitation(eventId, customerId)
			.orElseThrow(() -> new NotFound("Invitation", customerId));
		return checkIn(eventId, invitation);
	}

	/**
	 * Checks a guest in at the door by its invitation number or its mobile number; 404 when neither matches an
	 * invitation of the event; 409 outside the event's {@link #checkInWindow check-in window}.
	 */
	@Transactional
	public CareEvent checkIn(long eventId, String numberOrMobile) {
		requireCheckInOpen(requireWritable(eventId));
		String value = numberOrMobile == null ? "" : numberOrMobile.strip();
		Optional<Events.InvitationRow> invitation = events.byNumber(eventId, value.toUpperCase(Locale.ROOT));
		if (invitation.isEmpty() && value.matches("1\\d{10}")) {
			invitation = events.invitations(eventId).stream().filter(i -> value.equals(contactOf(i.customerId()).phone()))
				.findFirst();
		}
		return checkIn(eventId, invitation.orElseThrow(() -> new NotFound("Invitation", value)));
	}

	/** When the event's guests may be checked in (for pages: the check-in form is offered only inside it). */
	public CheckInWindow checkInWindow(CareEvent event) {
		return CheckInWindow.of(event.startsAt(), settings);
	}

	private void requireCheckInOpen(Events.EventRow event) {
		CheckInWindow.of(event.startsAt(), settings).requireOpen(clock.instant());
	}

	private CareEvent checkIn(long eventId, Events.InvitationRow invitation) {
		if (!events.attend(invitation.id(), clock.instant())) {
			throw new Conflict("already-checked-in", "The guest is checked in already");
		}
		audit.record("event.attended", "event", eventId, null, Map.of("customerId", invitation.customerId()));
		return get(eventId);
	}

	/** An event with its figures (404 when the caller does not see it). */
	@Transactional(readOnly = true)
	public CareEvent get(long id) {
		Events.EventRow row = events.find(id).orElseThrow(() -> new NotFound("Event", id));
		if (!sees(row)) {
			throw new NotFound("Event", id);
		}
		return view(row);
	}

	/** Upcoming events the caller sees, soonest first. */
	@Transactional(readOnly = true)
	public List<CareEvent> upcoming() {
		Set<Long> units = authorization.can(Permission.APPROVE_CAMPAIGN) ? null
				: CurrentActor.get().orgUnitId() == null ? Set.of() : identity.subtree(CurrentActor.get().orgUnitId());
		return events.list(units, clock.instant().minus(Duration.ofDays(1)), 200).stream().filter(this::sees)
			.map(this::view).toList();
	}

	/**
	 * One page of the upcoming events the caller sees, soonest first, with how many there are: every upcoming event of
	 * the caller's units is checked as {@link #upcoming()} checks it, and only the page's events are counted up.
	 */
	@Transactional(readOnly = true)
	public ResultPage<CareEvent> upcoming(int page, int size) {
		Set<Long> units = authorization.can(Permission.APPROVE_CAMPAIGN) ? null
				: CurrentActor.get().orgUnitId() == null ? Set.of() : identity.subtree(CurrentActor.get().orgUnitId());
		List<Events.EventRow> seen = events.list(units, clock.instant().minus(Duration.ofDays(1)), Integer.MAX_VALUE)
			.stream().filter(this::sees).toList();
		ResultPage<Events.EventRow> rows = ResultPage.slice(seen, page, size);
		return new ResultPage<>(rows.content().stream().map(this::view).toList(), page, size, rows.totalElements());
	}

	/** Events the caller sees held in the last 90 days, latest first, with their attendance. */
	@Transactional(readOnly = true)
	public List<CareEvent> recent() {
		Set<Long> units = authorization.can(Permission.APPROVE_CAMPAIGN) ? null
				: CurrentActor.get().orgUnitId() == null ? Set.of() : identity.subtree(CurrentActor.get().orgUnitId());
		Instant now = clock.instant();
		return events.held(units, now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(1)), 50).stream()
			.filter(this::sees).map(this::view).toList();
	}

	/** The invitations of an event (never their links). */
	@Transactional(readOnly = true)
	public List<EventInvitation> invitations(long eventId) {
		get(eventId);
		return invitationViews(events.invitations(eventId));
	}

	/** One page of an event's invitations (never their private links), by id; the count is the event's. */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public ResultPage<EventInvitation> invitations(long eventId, int page, int size) {
		get(eventId);
		return new ResultPage<>(invitationViews(events.invitations(eventId, (long) page * size, size)), page, size,
				events.invitationCount(eventId));
	}

	private List<EventInvitation> invitationViews(List<Events.InvitationRow> rows) {
		Map<CustomerId, CustomerRef> refs = customers.refs(rows.stream().map(r -> new CustomerId(r.customerId())).toList());
		return rows.stream().map(r -> {
			CustomerRef ref = refs.get(new CustomerId(r.customerId()));
			return new EventInvitation(r.id(), r.eventId(), r.customerId(), ref == null ? null : ref.name(),
					r.invitationNo(), r.status(), r.invitedAt(), r.respondedAt(), r.attendedAt());
		}).toList();
	}

	/** Whether the current user may organise events (for pages). */
	public boolean mayWrite() {
		return authorization.can(Permission.EVENT_WRITE);
	}

	/** The code of the current user's org unit (the new event form's default). */
	/** The branches and sub-branches the current user may hold an event in, for the new event form to offer. */
	public List<OrgUnit> unitsToHoldEventsIn() {
		return identity.orgUnits().stream().filter(u -> u.kind() != OrgUnit.Kind.DEPARTMENT)
			.filter(u -> authorization.can(Permission.EVENT_WRITE, Target.unit(u.id()))).toList();
	}

	public String currentOrgUnitCode() {
		Long id = CurrentActor.get().orgUnitId();
		return id == null ? null : identity.orgUnit(id).map(OrgUnit::code).orElse(null);
	}

	/** Whether the current user sees events at all (for pages). */
	public boolean mayRead() {
		return authorization.can(Permission.EVENT_WRITE) || authorization.can(Permission.APPROVE_CAMPAIGN);
	}

	// The customer's side, through the private link.

	/** The event and invitation a private link opens; empty when the link is unknown. */
	@Transactional(readOnly = true)
	public Optional<Rsvp> rsvp(String token) {
		if (!CustomerLinks.wellFormed(token)) {
			return Optional.empty();
		}
		return events.byToken(CustomerLinks.hash(token)).flatMap(i -> events.find(i.eventId())
			.map(e -> new Rsvp(e.title(), e.kind(), e.startsAt(), e.location(), i.invitationNo(), i.status(),
					!e.startsAt().isAfter(clock.instant()))));
	}

	/**
	 * Answers an invitation through its private link: accepting takes a seat, or a place on the waitlist when the event
	 * is full; declining frees a seat, which goes to the first on the waitlist (who is told). Empty when the link is
	 * unknown; {@link Conflict} once the event has begun.
	 */
	@Transactional
	public Optional<Rsvp> answer(String token, boolean accept) {
		if (!CustomerLinks.wellFormed(token)) {
			return Optional.empty();
		}
		Optional<Events.InvitationRow> found = events.byToken(CustomerLinks.hash(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Events.EventRow event = events.lock(found.get().eventId()).orElseThrow();
		Events.InvitationRow invitation = events.byToken(CustomerLinks.hash(token)).orElseThrow();
		record(event, invitation, accept, null);
		return rsvp(token);
	}

	/**
	 * Records a guest's answer taken by staff — by telephone, at the counter — as {@link #answer} does for the private
	 * link: a seat, the waitlist when full, a freed seat to the first waiting. Audited with the channel and who took it.
	 * 404 for a customer not invited; {@link Conflict} once the event has begun.
	 */
	@Transactional
	public CareEvent answerFor(long eventId, long customerId, boolean accept, String channel) {
		requireWritable(eventId);
		String through = channel == null || channel.isBlank() ? "PHONE" : channel.strip().toUpperCase(Locale.ROOT);
		if (!through.equals("PHONE") && !through.equals("COUNTER")) {
			throw InvalidInput.of("channel", "invalid", "PHONE or COUNTER");
		}
		Events.EventRow event = events.lock(eventId).orElseThrow(() -> new NotFound("Event", eventId));
		Events.InvitationRow invitation = events.invitation(eventId, customerId)
			.orElseThrow(() -> new NotFound("Invitation", customerId));
		record(event, invitation, accept, through);
		return get(eventId);
	}

	/** The answer's effect, shared by the link and staff: seat or waitlist, a freed seat promoted; audited. */
	private void record(Events.EventRow event, Events.InvitationRow invitation, boolean accept, String takenThrough) {
		Instant now = clock.instant();
		if (!event.startsAt().isAfter(now)) {
			throw new Conflict("event-begun", "The event has begun");
		}
		InvitationStatus before = invitation.status();
		InvitationStatus after;
		if (accept) {
			after = before == InvitationStatus.ACCEPTED || before == InvitationStatus.WAITLISTED ? before
					: events.accepted(event.id()) < event.capacity() ? InvitationStatus.ACCEPTED : InvitationStatus.WAITLISTED;
		}
		else {
			after = InvitationStatus.DECLINED;
		}
		if (after != before) {
			events.answer(invitation.id(), after, now);
			Map<String, Object> answered = new LinkedHashMap<>();
			answered.put("customerId", invitation.customerId());
			answered.put("status", after.name());
			answered.put("through", takenThrough == null ? "LINK" : takenThrough);
			audit.record("event.answered", "event", event.id(), Map.of("customerId", invitation.customerId(), "status",
					before.name()), answered);
			if (before == InvitationStatus.ACCEPTED) {
				events.promote(event.id()).ifPresent(promoted -> promoted(event, promoted, now));
			}
		}
	}

	/**
	 * Reminds the guests who accepted of events starting in the next 24 hours, each once (SMS); answers how many. Run
	 * by the {@code campaigns} job, outside quiet hours.
	 */
	@Transactional
	public int remind() {
		Instant now = clock.instant();
		List<Events.InvitationRow> due = events.toRemind(now, now.plus(Duration.ofHours(24)));
		if (due.isEmpty()) {
			return 0;
		}
		Map<CustomerId, CustomerContact> contacts = customers.contacts(due.stream()
			.map(r -> new CustomerId(r.customerId())).toList());
		Map<Long, String> languages = segments.languages(due.stream().map(Events.InvitationRow::customerId).toList());
		List<OutgoingMessage> messages = new ArrayList<>();
		for (Events.InvitationRow row : due) {
			CustomerContact contact = contacts.get(new CustomerId(row.customerId()));
			Events.EventRow event = events.find(row.eventId()).orElseThrow();
			if (contact != null && contact.phone() != null) {
				messages.add(new OutgoingMessage("care-event:" + event.id() + ":reminder:" + row.customerId(), Channel.SMS,
						contact.phone(), "care-event-reminder",
						Locale.forLanguageTag(languages.getOrDefault(row.customerId(), "zh-CN")),
						Map.of("title", event.title(), "startsAt", local(event.startsAt()), "location", event.location(),
								"invitationNo", row.invitationNo()),
						Purpose.SERVICE, new CustomerId(row.customerId())));
			}
		}
		if (!messages.isEmpty()) {
			notifications.sendAll(messages);
		}
		events.reminded(due.stream().map(Events.InvitationRow::id).toList(), now);
		return due.size();
	}

	/** What the customer sees on its private page. */
	public record Rsvp(String title, EventKind kind, Instant startsAt, String location, String invitationNo,
			InvitationStatus status, boolean begun) {
	}

	private void promoted(Events.EventRow event, Events.InvitationRow promoted, Instant now) {
		audit.record("event.promoted", "event", event.id(), null, Map.of("customerId", promoted.customerId()));
		CustomerContact contact = contactOf(promoted.customerId());
		if (contact.phone() != null) {
			notifications.send(new OutgoingMessage("care-event:" + event.id() + ":promoted:" + promoted.customerId(),
					Channel.SMS, contact.phone(), "care-event-promoted", Locale.SIMPLIFIED_CHINESE,
					Map.of("title", event.title(), "startsAt", local(event.startsAt()), "location", event.location()),
					Purpose.SERVICE, new CustomerId(promoted.customerId())));
		}
	}

	private void sendInvitations(Events.EventRow event, List<Events.InvitationRow> rows, Map<Long, String> tokens,
			Instant now) {
		if (rows.isEmpty()) {
			return;
		}
		Map<CustomerId, CustomerContact> contacts = customers.contacts(rows.stream()
			.map(r -> new CustomerId(r.customerId())).toList());
		Map<Long, String> languages = segments.languages(rows.stream().map(Events.InvitationRow::customerId).toList());
		byte[] ics = ics(event, now);
		List<OutgoingMessage> messages = new ArrayList<>();
		for (Events.InvitationRow row : rows) {
			CustomerContact contact = contacts.get(new CustomerId(row.customerId()));
			if (contact == null) {
				continue;
			}
			Locale locale = Locale.forLanguageTag(languages.getOrDefault(row.customerId(), "zh-CN"));
			Map<String, String> params = Map.of("title", event.title(), "startsAt", local(event.startsAt()), "location",
					event.location(), "invitationNo", row.invitationNo());
			String link = address.link("/public/events/rsvp/" + tokens.get(row.customerId()));
			if (contact.phone() != null) {
				messages.add(new OutgoingMessage("care-event:" + event.id() + ":invitation:" + row.customerId(), Channel.SMS,
						contact.phone(), "care-event-invitation", locale, params, Purpose.MARKETING,
						new CustomerId(row.customerId())).withSecret("rsvpUrl", link));
			}
			if (contact.email() != null) {
				messages.add(new OutgoingMessage("care-event:" + event.id() + ":invitation:" + row.customerId(),
						Channel.EMAIL, contact.email(), "care-event-invitation", locale, params, Purpose.MARKETING,
						new CustomerId(row.customerId()),
						List.of(new OutgoingMessage.Attachment("event.ics", "text/calendar", ics)))
					.withSecret("rsvpUrl", link));
			}
		}
		if (!messages.isEmpty()) {
			notifications.sendAll(messages);
		}
	}

	/** The event's iCalendar file (RFC 5545, biweekly), two hours from its start. */
	static byte[] ics(Events.EventRow event, Instant stamp) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//ClientCare//Events//ZH");
		calendar.setMethod(Method.publish());
		VEvent vevent = new VEvent();
		vevent.setUid("event-" + event.id() + "@clientcare");
		vevent.setDateTimeStamp(Date.from(stamp));
		vevent.setSummary(event.title());
		vevent.setLocation(event.location());
		vevent.setDateStart(Date.from(event.startsAt()), true);
		vevent.setDateEnd(Date.from(event.startsAt().plus(Duration.ofHours(2))), true);
		calendar.addEvent(vevent);
		return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
	}

	/** The customer's contact data, read as the system: the customer's own link reaches it without a staff scope. */
	private CustomerContact contactOf(long customerId) {
		CustomerContact[] found = { null };
		CurrentActor.runAs(org.clientcare.shared.Actor.system("care-events"), () -> found[0] = customers
			.contacts(List.of(new CustomerId(customerId))).get(new CustomerId(customerId)));
		return found[0] == null ? new CustomerContact(null, null) : found[0];
	}

	private String local(Instant at) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(platform.zone()));
	}

	private Events.EventRow requireWritable(long id) {
		Events.EventRow row = events.find(id).orElseThrow(() -> new NotFound("Event", id));
		if (!sees(row)) {
			throw new NotFound("Event", id);
		}
		authorization.require(Permission.EVENT_WRITE, Target.unit(row.orgUnitId()));
		return row;
	}

	private boolean sees(Events.EventRow row) {
		return authorization.can(Permission.APPROVE_CAMPAIGN) || authorization.can(Permission.EVENT_WRITE,
				Target.unit(row.orgUnitId()));
	}

	private CareEvent view(Events.EventRow row) {
		Map<String, Long> figures = events.figures(row.id());
		long invited = figures.entrySet().stream().filter(e -> !e.getKey().equals("ATTENDED"))
			.mapToLong(Map.Entry::getValue).sum();
		return new CareEvent(row.id(), row.title(), row.kind(), row.startsAt(), row.location(), row.capacity(),
				identity.orgUnit(row.orgUnitId()).map(OrgUnit::code).orElse(null), row.createdBy(), row.createdAt(),
				invited, figures.getOrDefault("ACCEPTED", 0L), figures.getOrDefault("DECLINED", 0L),
				figures.getOrDefault("WAITLISTED", 0L), figures.getOrDefault("ATTENDED", 0L));
	}
}
