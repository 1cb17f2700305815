package org.clientcare.suitability.internal;

import org.clientcare.suitability.CoolingOff;
import org.clientcare.suitability.SaleRecordings;
import org.clientcare.suitability.SuitabilityManagement;
import org.clientcare.transaction.TransactionRecorded;
import org.clientcare.transaction.TransactionType;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the purchases and cancellations the core banking system reports, after the intake has recorded them: every
 * purchase is checked, opens its cooling-off period and, when it needs dual recording, records that duty; a
 * cancellation inside a cooling-off period is recorded.
 */
@Component
class PurchaseChecks {

	private final SuitabilityManagement suitability;

	private final CoolingOff coolingOff;

	private final SaleRecordings recordings;

	PurchaseChecks(SuitabilityManagement suitability, CoolingOff coolingOff, SaleRecordings recordings) {
		this.suitability = suitability;
		this.coolingOff = coolingOff;
		this.recordings = recordings;
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
			recordings.saleReported(event.transactionId(), event.customer(), event.productCode(), event.occurredAt(),
					event.recording(), event.channel());
		}
		else if (event.type() == TransactionType.CANCELLATION) {
			coolingOff.cancelled(event.transactionId(), event.customer(), event.productCode(), event.occurredAt());
		}
	}
}
