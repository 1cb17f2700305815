package org.clientcare.remediation.internal;

import java.util.List;

import org.clientcare.complaint.ComplaintEvents.ComplaintRegistered;
import org.clientcare.remediation.Remediation;
import org.clientcare.remediation.RemediationManagement;
import org.clientcare.remediation.RemediationSettings;
import org.clientcare.revisit.MisSellingFound;
import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens remediations from what other modules publish: a hesitation-period revisit that found mis-selling, and a
 * customer's complaint registered in the mis-selling category ({@code MIS_SELLING}). A redelivered event opens nothing
 * new.
 */
@Component
class RemediationListener {

	private final RemediationManagement remediations;

	private final RemediationSettings settings;

	RemediationListener(RemediationManagement remediations, RemediationSettings settings) {
		this.remediations = remediations;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(MisSellingFound event) {
		CurrentActor.runAs(Actor.system("remediation"), () -> remediations.open(Remediation.Source.REVISIT,
				event.revisitId(), event.customer(), event.transactionId(), event.productCode(),
				event.findings().stream().map(Enum::name).sorted().toList()));
	}

	@ApplicationModuleListener
	void on(ComplaintRegistered event) {
		if (event.customer() != null && settings.misSellingCategory().equals(event.category())) {
			CurrentActor.runAs(Actor.system("remediation"), () -> remediations.open(Remediation.Source.COMPLAINT,
					event.complaintId(), event.customer(), null, event.productCode(), List.of("COMPLAINT"),
					event.receivedAt()));
		}
	}
}
