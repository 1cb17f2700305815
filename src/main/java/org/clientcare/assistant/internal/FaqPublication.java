package org.clientcare.assistant.internal;

import java.time.Clock;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.assistant.FaqEvents.FaqPublished;
import org.clientcare.assistant.FaqStatus;
import org.clientcare.audit.AuditTrail;
import org.clientcare.shared.Actor;
import org.clientcare.shared.problem.Conflict;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishing an FAQ answer (发布审核): compliance (or an administrator) approves a submitted version — never its editor
 * — and it becomes the one the assistant answers with on every instance (the index generation is raised in the same
 * transaction). A rejection returns the entry to draft with the checker's note.
 */
@Component
public class FaqPublication extends TypedApprovalHandler<FaqPublication.Payload> {

	public static final String TYPE = "faq.publication";

	private final FaqEntries entries;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FaqPublication(FaqEntries entries, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_FAQ_PUBLICATION);
		this.entries = entries;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}


	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		FaqEntries.Row row = submitted(payload);
		var now = clock.instant();
		entries.decided(payload.entryId(), payload.version(), request.decidedBy(), now, "APPROVED", request.decisionNote());
		entries.move(payload.entryId(), row.lockVersion(), FaqStatus.PUBLISHED, payload.version(), payload.version(), null, now);
		entries.nextGeneration();
		audit.record("faq.published", "faq", payload.entryId(), Map.of("status", "SUBMITTED"),
				Map.of("status", "PUBLISHED", "version", payload.version()));
		events.publishEvent(new FaqPublished(payload.entryId(), payload.version(), request.decidedBy()));
	}

	@Override
	public void rejected(Payload payload, ApprovalRequest request) {
		FaqEntries.Row row = submitted(payload);
		var now = clock.instant();
		entries.decided(payload.entryId(), payload.version(), request.decidedBy(), now, "REJECTED", request.decisionNote());
		entries.move(payload.entryId(), row.lockVersion(), FaqStatus.DRAFT, payload.version(),
				row.entry().publishedVersion(), null, now);
	}

	private FaqEntries.Row submitted(Payload payload) {
		FaqEntries.Row row = entries.find(payload.entryId()).orElseThrow();
		if (row.entry().status() != FaqStatus.SUBMITTED || row.entry().version() != payload.version()) {
			throw new Conflict("faq-outdated", "The entry changed since this version was submitted");
		}
		return row;
	}

	/** Which version of which entry to publish. */
	public record Payload(long entryId, int version) {
	}
}
