package org.clientcare.complaint.internal;

import java.util.List;

import org.clientcare.complaint.ComplaintChannel;
import org.clientcare.complaint.ComplaintStatus;
import org.clientcare.complaint.ComplaintSeverity;
import org.clientcare.complaint.ComplaintView;
import org.clientcare.complaint.CorrectiveAction;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Component;

/** Complaints as staff see them: the contact masked, units and people by code and username. */
@Component
public class ComplaintViews {

	private final Complaints complaints;

	private final IdentityManagement identity;

	private final PiiCipher pii;

	private final CorrectiveActionViews actions;

	ComplaintViews(Complaints complaints, IdentityManagement identity, PiiCipher pii, CorrectiveActionViews actions) {
		this.actions = actions;
		this.complaints = complaints;
		this.identity = identity;
		this.pii = pii;
	}

	public ComplaintView summary(ComplaintRow row) {
		return view(row, List.of(), List.of(), List.of());
	}

	public ComplaintView full(ComplaintRow row) {
		return view(row, complaints.breaches(row.id()), complaints.timeline(row.id(), false), actions.of(row.id()));
	}

	private ComplaintView view(ComplaintRow row, List<String> breaches, List<ComplaintView.TimelineEntry> timeline,
			List<CorrectiveAction> actions) {
		return new ComplaintView(row.id(), row.complaintNo(), row.customerId(), row.complainantName(),
				Contacts.mask(pii.decrypt(row.contactEnc())), ComplaintChannel.valueOf(row.channel()), row.category(),
				row.content(), row.productCode(), row.amountInDispute(), row.receivedAt(),
				ComplaintStatus.valueOf(row.status()), unit(row.orgUnitId()), unit(row.departmentId()),
				row.handlerId() == null ? null : identity.user(row.handlerId()).map(StaffUser::username).orElse(null),
				row.registeredBy(), row.ackDueAt(), row.resolutionDueAt(), row.regulatoryDueAt(), row.extensions(),
				row.acknowledgedAt(), row.resolvedAt(), row.closedAt(), row.resolution(), row.compensationAmount(),
				row.compensationStatus(), row.satisfaction(), row.reopenCount(), row.breached() || !breaches.isEmpty(),
				breaches, row.escalatedAt(), row.version(), timeline, row.feedbackComment(),
				row.feedbackSource(), row.regulatoryStart(), row.pausedAt(), row.pauseReason(), row.pausedSeconds(),
				ComplaintSeverity.valueOf(row.severity()), row.cause(), row.complianceEscalatedAt(), actions);
	}

	private String unit(Long id) {
		return id == null ? null : identity.orgUnit(id).map(OrgUnit::code).orElse(null);
	}
}
