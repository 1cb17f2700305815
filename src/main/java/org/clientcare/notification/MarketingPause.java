package org.clientcare.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clientcare.shared.CustomerId;

/**
 * A reason another module has to hold marketing to a customer until a moment — a cooling-off period (冷静期) after a
 * purchase, say. Marketing messages to a paused customer wait until the latest pause ends; service messages go as
 * usual.
 */
public interface MarketingPause {

	/** When marketing to the customer may resume, if it is paused at {@code at}. */
	Optional<Instant> pausedUntil(CustomerId customer, Instant at);

	/**
	 * For many customers at once, when marketing to each paused at {@code at} may resume; those not paused are
	 * absent. Implementations answer it with one query; this default asks customer by customer.
	 */
	default Map<CustomerId, Instant> pausedUntil(Collection<CustomerId> customers, Instant at) {
		Map<CustomerId, Instant> result = new HashMap<>();
		for (CustomerId customer : customers) {
			pausedUntil(customer, at).ifPresent(until -> result.put(customer, until));
		}
		return result;
	}

	/** For many customers, the end of the latest of the pauses in force at {@code at} of each paused one. */
	static Map<CustomerId, Instant> latest(List<MarketingPause> pauses, Collection<CustomerId> customers, Instant at) {
		Map<CustomerId, Instant> latest = new HashMap<>();
		if (customers.isEmpty()) {
			return latest;
		}
		for (MarketingPause pause : pauses) {
			pause.pausedUntil(customers, at).forEach((customer, until) -> {
				if (until != null && until.isAfter(at)) {
					latest.merge(customer, until, (a, b) -> a.isAfter(b) ? a : b);
				}
			});
		}
		return latest;
	}

	/** The end of the latest of the pauses in force at {@code at}. */
	static Optional<Instant> latest(List<MarketingPause> pauses, CustomerId customer, Instant at) {
		return pauses.stream().map(pause -> pause.pausedUntil(customer, at)).flatMap(Optional::stream)
			.filter(Objects::nonNull).filter(until -> until.isAfter(at)).max(Instant::compareTo);
	}
}
