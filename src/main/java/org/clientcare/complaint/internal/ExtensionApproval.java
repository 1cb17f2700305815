package org.clientcare.complaint.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientcare.identity.Permission;
import org.clientcare.approval.TypedApprovalHandler;
import org.clientcare.approval.ApprovalRequest;
import org.clientcare.complaint.ComplaintDeadlines;
import org.clientcare.complaint.ComplaintSettings;
import org.clientcare.complaint.RegulatoryClock;
import org.clientcare.shared.CurrentActor;
import org.clientcare.shared.problem.Conflict;

import org.springframework.stereotype.Component;

/** A longer regulatory deadline (延期) for an especially complex complaint, once a checker approves it. */
@Component
public class ExtensionApproval extends TypedApprovalHandler<ExtensionApproval.Payload> {

	public static final String TYPE = "complaint.extension";

	private final Complaints complaints;

	private final ComplaintSettings settings;

	private final Clock clock;

	ExtensionApproval(Complaints complaints, ComplaintSettings settings, Clock clock) {
		super(TYPE, Payload.class, Permission.APPROVE_DEADLINE_EXTENSION);
		this.complaints = complaints;
		this.settings = settings;
		this.clock = clock;
	}

	/** "投诉 TS…：监管时限延期 30 天（第 1 次）": the complaint's number is the start of the stored summary. */
	@Override
	public Object[] describe(Payload payload, ApprovalRequest request) {
		return new Object[] { request.summary().split(": ", 2)[0], days(payload), payload.extension() };
	}

	/** The days asked for; a request made before requests named them asked for the full extension. */
	private int days(Payload payload) {
		return payload.days() == 0 ? settings.extensionDays() : payload.days();
	}

	@Override
	public void approved(Payload payload, ApprovalRequest request) {
		var row = complaints.find(payload.complaintId(), ComplaintScope.Filter.all()).orElseThrow();
		if (row.extensions() + 1 != payload.extension()) {
			throw new Conflict("extension-outdated", "The complaint's deadline changed since this request");
		}
		int limit = ComplaintDeadlines.extendedLimit(row.regulatoryDays(), payload.extension(), days(payload), settings);
		Instant regulatory = RegulatoryClock.due(row.regulatoryStart(), limit, Duration.ofSeconds(row.pausedSeconds()));
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("extensions", payload.extension());
		columns.put("regulatory_days", limit);
		columns.put("regulatory_due_at", regulatory);
		complaints.update(row.id(), row.version(), columns, clock.instant());
		complaints.event(row.id(), clock.instant(), CurrentActor.get().username(), "EXTENDED",
				"regulatory deadline " + regulatory, true);
	}

	/** Which extension (1 or 2) of which complaint, of how many days. */
	public record Payload(long complaintId, int extension, int days) {
	}
}
