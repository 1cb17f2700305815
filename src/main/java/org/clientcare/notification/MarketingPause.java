package org.clientcare.notification;

import java.time.Instant;
import java.util.List;
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

	/** The end of the latest of the pauses in force at {@code at}. */
	static Optional<Instant> latest(List<MarketingPause> pauses, CustomerId customer, Instant at) {
		return pauses.stream().map(pause -> pause.pausedUntil(customer, at)).flatMap(Optional::stream)
			.filter(Objects::nonNull).filter(until -> until.isAfter(at)).max(Instant::compareTo);
	}
}
