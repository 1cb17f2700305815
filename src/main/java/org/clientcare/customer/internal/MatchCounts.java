package org.clientcare.customer.internal;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * How many customers match a search, for {@code totalElements}. Counting is exact up to a limit (10,000 by default),
 * which covers an account manager's book and most searches at the cost of reading at most that many index entries.
 * A search with more matches — a branch's whole list at a million customers, the commonest surname — is counted in
 * full once and that count is reused for a minute, so fifty clients paging through it do not count it fifty times.
 */
final class MatchCounts {

	static final long EXACT_UP_TO = 10_000;

	static final Duration LARGE_COUNT_REUSED_FOR = Duration.ofMinutes(1);

	private final long exactUpTo;

	private final Cache<String, Long> large;

	MatchCounts() {
		this(EXACT_UP_TO, LARGE_COUNT_REUSED_FOR, Ticker.systemTicker());
	}

	MatchCounts(long exactUpTo, Duration reusedFor, Ticker ticker) {
		this.exactUpTo = exactUpTo;
		this.large = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(reusedFor).ticker(ticker).build();
	}

	/**
	 * The number of matches of the search {@code key}: {@code countUpTo} counts at most the number it is given,
	 * {@code countAll} counts everything.
	 */
	long count(String key, LongUnaryOperator countUpTo, LongSupplier countAll) {
		Long known = large.getIfPresent(key);
		if (known != null) {
			return known;
		}
		long upTo = countUpTo.applyAsLong(exactUpTo + 1);
		if (upTo <= exactUpTo) {
			return upTo;
		}
		return large.get(key, k -> countAll.getAsLong());
	}
}
