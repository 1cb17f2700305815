package org.clientcare.demo;

import java.time.Duration;
import java.util.function.Predicate;

import org.clientcare.revisit.RevisitManagement;
import org.clientcare.revisit.RevisitStatus;
import org.clientcare.revisit.RevisitView;

import org.springframework.stereotype.Component;

/**
 * The revisits that the revisit module plans from what the demo reported (a sale, a closed complaint), found once
 * planned: the module plans them when the event reaches it, after the demo's step has committed, so the demo looks
 * for them until they are there.
 */
@Component
class PlannedRevisits {

	/** How long the demo waits for the revisit module to plan a revisit. */
	private static final Duration PLANNING = Duration.ofSeconds(30);

	private final RevisitManagement revisits;

	PlannedRevisits(RevisitManagement revisits) {
		this.revisits = revisits;
	}

	/** The customer's open revisit that {@code which} picks, for the current actor, once planned. */
	RevisitView await(long customerId, Predicate<RevisitView> which) {
		long deadline = System.nanoTime() + PLANNING.toNanos();
		while (true) {
			var found = revisits.list(null, RevisitStatus.OPEN, null, customerId, 0, 50).content().stream().filter(which)
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The demo's revisit of customer " + customerId + " was not planned within "
						+ PLANNING);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}
}
