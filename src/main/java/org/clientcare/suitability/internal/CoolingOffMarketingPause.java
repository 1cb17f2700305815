package org.clientcare.suitability.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.clientcare.notification.MarketingPause;
import org.clientcare.shared.CustomerId;
import org.clientcare.suitability.CoolingOff;

import org.springframework.stereotype.Component;

/** Holds marketing to a customer during its cooling-off periods. */
@Component
class CoolingOffMarketingPause implements MarketingPause {

	private final CoolingOff coolingOff;

	CoolingOffMarketingPause(CoolingOff coolingOff) {
		this.coolingOff = coolingOff;
	}

	@Override
	public Optional<Instant> pausedUntil(CustomerId customer, Instant at) {
		return coolingOff.pausedUntil(customer, at);
	}

	@Override
	public Map<CustomerId, Instant> pausedUntil(Collection<CustomerId> customers, Instant at) {
		return coolingOff.pausedUntil(customers, at);
	}
}
