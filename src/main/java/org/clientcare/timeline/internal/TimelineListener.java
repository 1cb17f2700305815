package org.clientcare.timeline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.clientcare.appointment.AppointmentEvents.AppointmentBooked;
import org.clientcare.appointment.AppointmentEvents.AppointmentCancelled;
import org.clientcare.appointment.AppointmentEvents.AppointmentCompleted;
import org.clientcare.casework.CaseEvents.CaseCompleted;
import org.clientcare.casework.CaseEvents.CaseOpened;
import org.clientcare.casework.CaseEvents.CaseRejected;
import org.clientcare.casework.CaseEvents.CaseStageEntered;
import org.clientcare.complaint.ComplaintEvents.ComplaintClosed;
import org.clientcare.complaint.ComplaintEvents.ComplaintRegistered;
import org.clientcare.inquiry.InquiryEvents.InquiryRegistered;
import org.clientcare.notification.CustomerMessaged;
import org.clientcare.revisit.RevisitDone;
import org.clientcare.shared.CustomerId;
import org.clientcare.remediation.RemediationEvents.RemediationEscalated;
import org.clientcare.remediation.RemediationEvents.RemediationOpened;
import org.clientcare.remediation.RemediationEvents.RemediationResolved;
import org.clientcare.suitability.SuitabilityEvents.DualRecordingMissing;
import org.clientcare.suitability.SuitabilityEvents.DualRecordingReferenced;
import org.clientcare.suitability.SuitabilityEvents.RiskAcknowledged;
import org.clientcare.suitability.SuitabilityEvents.RiskAssessed;
import org.clientcare.suitability.SuitabilityEvents.SuitabilityAlertRaised;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TiersChanged;
import org.clientcare.timeline.TimelineKind;
import org.clientcare.visit.VisitEvents.VisitNeedEscalated;
import org.clientcare.visit.VisitEvents.VisitRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the timeline from the events the modules publish: each event about a customer becomes one entry, once (its
 * source key), so a redelivered event changes nothing. Events without a customer are left out.
 */
@Component
class TimelineListener {

	private final TimelineEntries entries;

	private final Clock clock;

	TimelineListener(TimelineEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseOpened e) {
		add(e.customer(), e.at(), TimelineKind.CASE_OPENED, List.of(e.caseNo(), e.title()), "case:" + e.caseId(),
				"case-opened:" + e.caseId());
	}

	@ApplicationModuleListener
	void on(CaseStageEntered e) {
		add(e.customer(), e.at(), TimelineKind.CASE_STAGE, List.of(e.caseNo(), e.stageNameZh(), e.stageNameEn()),
				"case:" + e.caseId(), "case-stage:" + e.caseId() + ":" + e.stage() + ":" + e.at().toEpochMilli());
	}

	@ApplicationModuleListener
	void on(CaseCompleted e) {
		add(e.customer(), e.at(), TimelineKind.CASE_COMPLETED, List.of(e.caseNo()), "case:" + e.caseId(),
				"case-completed:" + e.caseId());
	}

	@ApplicationModuleListener
	void on(CaseRejected e) {
		add(e.customer(), e.at(), TimelineKind.CASE_REJECTED, List.of(e.caseNo(), e.reason()), "case:" + e.caseId(),
				"case-rejected:" + e.caseId());
	}

	@ApplicationModuleListener
	void on(VisitRecorded e) {
		add(e.customer(), e.occurredAt(), TimelineKind.VISIT, List.of(e.kind().name(), e.method().name(), e.purpose(),
				e.visitor()), "visit:" + e.visitId(), "visit:" + e.visitId());
	}

	@ApplicationModuleListener
	void on(VisitNeedEscalated e) {
		add(e.customer(), e.at(), TimelineKind.VISIT_ESCALATED, List.of(e.need()), "visit:" + e.visitId(),
				"visit-escalated:" + e.visitId());
	}

	@ApplicationModuleListener
	void on(AppointmentBooked e) {
		add(e.customer(), e.bookedAt(), TimelineKind.APPOINTMENT_BOOKED, List.of(e.appointmentNo(), e.service().name(),
				e.start().toString()), "appointment:" + e.appointmentId(), "appointment-booked:" + e.appointmentId());
	}

	@ApplicationModuleListener
	void on(AppointmentCompleted e) {
		add(e.customer(), e.completedAt(), TimelineKind.APPOINTMENT_COMPLETED, List.of(e.appointmentNo(),
				e.service().name()), "appointment:" + e.appointmentId(), "appointment-completed:" + e.appointmentId());
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled e) {
		add(e.customer(), e.cancelledAt(), TimelineKind.APPOINTMENT_CANCELLED, List.of(e.start().toString()),
				"appointment:" + e.appointmentId(), "appointment-cancelled:" + e.appointmentId());
	}

	@ApplicationModuleListener
	void on(RevisitDone e) {
		add(e.customer(), e.at(), TimelineKind.REVISIT_DONE, List.of(e.reason().name(), e.status().name()),
				"revisit:" + e.revisitId(), "revisit-done:" + e.revisitId());
	}

	@ApplicationModuleListener
	void on(ComplaintRegistered e) {
		add(e.customer(), clock.instant(), TimelineKind.COMPLAINT_REGISTERED, List.of(e.complaintNo()),
				"complaint:" + e.complaintId(), "complaint-registered:" + e.complaintId());
	}

	@ApplicationModuleListener
	void on(ComplaintClosed e) {
		add(e.customer(), e.closedAt(), TimelineKind.COMPLAINT_CLOSED, List.of(), "complaint:" + e.complaintId(),
				"complaint-closed:" + e.complaintId());
	}

	@ApplicationModuleListener
	void on(InquiryRegistered e) {
		add(e.customer(), e.receivedAt(), TimelineKind.INQUIRY_REGISTERED, List.of(e.inquiryNo()),
				"inquiry:" + e.inquiryId(), "inquiry-registered:" + e.inquiryId());
	}

	@ApplicationModuleListener
	void on(TierChanged e) {
		tier(e);
	}

	@ApplicationModuleListener
	void on(TiersChanged e) {
		entries.addTierChanges(e.afterId(), e.upToId(), e.at());
	}

	@ApplicationModuleListener
	void on(RiskAssessed e) {
		add(e.customer(), e.at(), TimelineKind.RISK_ASSESSED, List.of(e.level().name(), Integer.toString(e.score())),
				"customer:" + e.customer().value(), "risk-assessed:" + e.assessmentId());
	}

	@ApplicationModuleListener
	void on(RiskAcknowledged e) {
		add(e.customer(), e.signedAt(), TimelineKind.RISK_ACKNOWLEDGED, List.of(e.productCode()),
				"customer:" + e.customer().value(), "risk-acknowledged:" + e.acknowledgmentId());
	}

	@ApplicationModuleListener
	void on(SuitabilityAlertRaised e) {
		add(e.customer(), e.at(), TimelineKind.SUITABILITY_ALERT, List.of(e.productCode(), e.result().name()),
				"suitability-alert:" + e.alertId(), "suitability-alert:" + e.alertId());
	}

	@ApplicationModuleListener
	void on(DualRecordingMissing e) {
		add(e.customer(), e.at(), TimelineKind.DUAL_RECORDING_MISSING, List.of(e.productCode()),
				"suitability-alert:" + e.alertId(), "dual-recording-missing:" + e.transactionId());
	}

	@ApplicationModuleListener
	void on(DualRecordingReferenced e) {
		add(e.customer(), e.at(), TimelineKind.DUAL_RECORDING_REFERENCED, List.of(e.productCode(), e.recordingId()),
				"sale-recording:" + e.transactionId(), "dual-recording-referenced:" + e.transactionId());
	}

	@ApplicationModuleListener
	void on(RemediationOpened e) {
		add(e.customer(), e.at(), TimelineKind.REMEDIATION_OPENED, List.of(e.productCode() == null ? "-" : e.productCode(),
				e.dueDate().toString()), "remediation:" + e.remediationId(), "remediation-opened:" + e.remediationId());
	}

	@ApplicationModuleListener
	void on(RemediationResolved e) {
		add(e.customer(), e.at(), TimelineKind.REMEDIATION_RESOLVED, List.of(e.choice().name()),
				"remediation:" + e.remediationId(), "remediation-resolved:" + e.remediationId());
	}

	@ApplicationModuleListener
	void on(RemediationEscalated e) {
		add(e.customer(), e.at(), TimelineKind.REMEDIATION_ESCALATED, List.of(e.dueDate().toString()),
				"remediation:" + e.remediationId(), "remediation-escalated:" + e.remediationId());
	}

	@ApplicationModuleListener
	void on(CustomerMessaged e) {
		// One entry per message (its event key and channel), whether it was held for display or sent.
		String key = "message:" + e.channel().name() + ":" + e.eventKey();
		add(e.customer(), e.at(), TimelineKind.MESSAGE, List.of(e.channel().name(), e.status().name(), e.subjectZh(),
				e.subjectEn()), "customer:" + e.customer().value(), key.length() <= 200 ? key : key.substring(0, 200));
	}

	private void tier(TierChanged e) {
		add(e.customer(), e.since(), TimelineKind.TIER_CHANGED, List.of(e.from() == null ? "" : e.from().name(),
				e.to() == null ? "" : e.to().name()), "customer:" + e.customer().value(),
				"tier:" + e.customer().value() + ":" + e.since().toEpochMilli());
	}

	private void add(CustomerId customer, Instant at, TimelineKind kind, List<String> args, String ref, String key) {
		if (customer != null) {
			entries.add(customer.value(), at, kind, args, ref, key);
		}
	}
}
