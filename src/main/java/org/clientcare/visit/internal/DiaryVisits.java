package org.clientcare.visit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.clientcare.assignment.DiaryVisitsRecorded;
import org.clientcare.assignment.DiaryVisitsRecorded.DiaryVisit;
import org.clientcare.audit.AuditTrail;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.platform.PlatformSettings;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.visit.VisitKind;
import org.clientcare.visit.VisitMethod;
import org.clientcare.visit.VisitEvents.VisitRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the visits managers wrote in their diaries on the ledger: a routine on-site visit by the entry's author (else the
 * customer's manager) on the entry's day, its text as the summary and its first line as the purpose; once per entry
 * ({@code source_key} {@code diary:<id>}), so a redelivered event adds nothing. Audited and published like a visit
 * recorded on the ledger, so it shows on the customer's timeline too.
 */
@Component
class DiaryVisits {

	private static final Logger log = LoggerFactory.getLogger(DiaryVisits.class);

	static final int PURPOSE_LENGTH = 60;

	private final Visits visits;

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final PlatformSettings platform;

	private final Clock clock;

	DiaryVisits(Visits visits, CustomerManagement customers, IdentityManagement identity, AuditTrail audit,
			ApplicationEventPublisher events, PlatformSettings platform, Clock clock) {
		this.visits = visits;
		this.customers = customers;
		this.identity = identity;
		this.audit = audit;
		this.events = events;
		this.platform = platform;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DiaryVisitsRecorded event) {
		CurrentActor.runAs(Actor.system("diary-visits"), () -> {
			Map<org.clientcare.shared.CustomerId, CustomerRef> refs = customers
				.refs(event.visits().stream().map(DiaryVisit::customer).distinct().toList());
			for (DiaryVisit entry : event.visits()) {
				CustomerRef customer = refs.get(entry.customer());
				if (customer == null) {
					log.warn("Diary entry {} names no known customer; not put on the visit ledger", entry.diaryId());
					continue;
				}
				Optional<Long> visitor = identity.findUser(entry.author()).map(StaffUser::id)
					.or(() -> Optional.ofNullable(customer.managerId()));
				if (visitor.isEmpty()) {
					log.warn("Diary entry {} has no author or manager to be its visitor; not put on the ledger",
							entry.diaryId());
					continue;
				}
				record(entry, customer, visitor.get());
			}
		});
	}

	private void record(DiaryVisit entry, CustomerRef customer, long visitorId) {
		Instant now = clock.instant();
		Instant occurred = occurredAt(entry, platform.zone());
		String summary = entry.text().strip();
		String purpose = purpose(summary);
		Optional<Long> id = visits.insertFrom("diary:" + entry.diaryId(), new VisitRow(0, customer.id().value(),
				visitorId, customer.orgUnitId(), VisitKind.ROUTINE.name(), VisitMethod.ON_SITE.name(), occurred, purpose,
				summary, null, null, null, null, entry.author(), now, null, null, null, null));
		if (id.isEmpty()) {
			return;
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("customerId", customer.id().value());
		state.put("kind", VisitKind.ROUTINE.name());
		state.put("method", VisitMethod.ON_SITE.name());
		state.put("occurredAt", occurred.toString());
		state.put("purpose", purpose);
		state.put("source", "diary:" + entry.diaryId());
		audit.record("visit.recorded", "visit", id.get(), null, state);
		events.publishEvent(new VisitRecorded(id.get(), customer.id(), VisitKind.ROUTINE, VisitMethod.ON_SITE, purpose,
				entry.author(), occurred));
	}

	/** When the entry was written, if on its day; else noon of its day. */
	static Instant occurredAt(DiaryVisit entry, ZoneId zone) {
		if (entry.writtenAt() != null && entry.writtenAt().atZone(zone).toLocalDate().equals(entry.date())) {
			return entry.writtenAt();
		}
		return entry.date().atTime(LocalTime.NOON).atZone(zone).toInstant();
	}

	/** The first line of the text, cut at {@value #PURPOSE_LENGTH} characters. */
	static String purpose(String text) {
		String first = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(text);
		return first.length() <= PURPOSE_LENGTH ? first : first.substring(0, PURPOSE_LENGTH - 1) + "…";
	}
}
