package org.clientcare.suitability.internal;

import org.clientcare.suitability.SuitabilityManagement;
import org.clientcare.transaction.TransactionRecorded;
import org.clientcare.transaction.TransactionType;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Checks every purchase the core banking system reports, after the intake has recorded it. */
@Component
class PurchaseChecks {

	private final SuitabilityManagement suitability;

	PurchaseChecks(SuitabilityManagement suitability) {
		this.suitability = suitability;
	}

	@ApplicationModuleListener
	void on(TransactionRecorded event) {
		if (event.type() == TransactionType.PURCHASE && event.productCode() != null) {
			suitability.checkPurchase(event.transactionId(), event.customer(), event.productCode(), event.occurredAt(),
					event.riskAcknowledged());
		}
	}
}
