package org.clientcare.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.clientcare.casework.CaseType;

/**
 * A visit to record in the ledger (§12 {@code POST /api/v1/visits}).
 *
 * @param attendees  who took part besides the manager and the customer
 * @param nextSteps  what follows (a revisit, a case, a task)
 * @param escalation a need found that needs resources, escalated to the team leader (branch manager); none if blank
 * @param followUpOn  a day to revisit the customer about the next steps: a manual revisit is planned then, its notes the
 *                    next steps (which it needs)
 * @param caseType    a type of case (业务) the next steps become: a case of this type is opened for the customer, titled
 *                    with the visit's purpose, in the visit's transaction (it needs next steps, and the caller may open
 *                    cases)
 */
public record RecordVisit(@NotNull @Positive Long customerId, @NotNull VisitKind kind, @NotNull VisitMethod method,
		@NotNull OffsetDateTime occurredAt, @NotBlank @Size(max = 200) String purpose,
		@NotBlank @Size(max = 4000) String summary, @Size(max = 500) String attendees,
		@Size(max = 2000) String nextSteps, @Size(max = 2000) String escalation, LocalDate followUpOn,
		CaseType caseType) {

	public RecordVisit(Long customerId, VisitKind kind, VisitMethod method, OffsetDateTime occurredAt, String purpose,
			String summary, String attendees, String nextSteps, String escalation) {
		this(customerId, kind, method, occurredAt, purpose, summary, attendees, nextSteps, escalation, null, null);
	}

	public RecordVisit(Long customerId, VisitKind kind, VisitMethod method, OffsetDateTime occurredAt, String purpose,
			String summary, String attendees, String nextSteps, String escalation, LocalDate followUpOn) {
		this(customerId, kind, method, occurredAt, purpose, summary, attendees, nextSteps, escalation, followUpOn, null);
	}
}
