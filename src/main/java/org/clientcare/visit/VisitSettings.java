package org.clientcare.visit;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The visit frequencies of §8 ({@code clientcare.visit.*}): per tier ({@code every.DIAMOND=P1M},
 * {@code every.PLATINUM=P3M}), and for corporate and institutional customers of any other tier
 * ({@code corporate-every=P6M}); other customers have no required frequency. {@code dueSoonDays} (14): a customer shows
 * on the worklist this many days before its visit is due.
 */
@ConfigurationProperties("clientcare.visit")
public record VisitSettings(Map<String, Period> every, Period corporateEvery, int dueSoonDays) {

	public VisitSettings {
		every = every == null || every.isEmpty() ? Map.of("DIAMOND", Period.ofMonths(1), "PLATINUM", Period.ofMonths(3))
				: Map.copyOf(every);
		corporateEvery = corporateEvery == null ? Period.ofMonths(6) : corporateEvery;
		dueSoonDays = dueSoonDays <= 0 ? 14 : dueSoonDays;
	}

	public static VisitSettings defaults() {
		return new VisitSettings(null, null, 0);
	}
}
