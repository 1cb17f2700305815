package org.clientcare.suitability.internal;

import org.clientcare.suitability.CoolingOff;
import org.clientcare.suitability.SuitabilityManagement;
import org.clientcare.transaction.TransactionRecorded;
import org.clientcare.transaction.TransactionType;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the purchases and cancellations the core banking system reports, after the intake has recorded them: every
 * purchase is checked and opens its cooling-off period; a cancellation inside one is recorded.
 */
@Component
class PurchaseChecks {

	private final SuitabilityManagement suitability;

	private final CoolingOff coolingOff;

	PurchaseChecks(SuitabilityManagement suitability, CoolingOff coolingOff) {
		this.suitability = suitability;
		this.coolingOff = coolingOff;
	}

	@ApplicationModuleListener
	void on(TransactionRecorded event) {
		if (event.productCode() == null) {
			return;
		}
		if (event.type() == TransactionType.PURCHASE) {
			coolingOff.purchased(event.transactionId(), event.customer(), event.productCode(), event.occurredAt());
			suitability.checkPurchase(event.transactionId(), event.customer(), event.productCode(), event.occurredAt(),
					event.riskAcknowledged());
		}
		else if (event.type() == TransactionType.CANCELLATION) {
			coolingOff.cancelled(event.transactionId(), event.customer(), event.productCode(), event.occurredAt());
		}
	}
}
