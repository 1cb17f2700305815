package org.clientcare.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows match a list query, for {@code totalElements}. Counting is exact up to a limit (10,000 by default),
 * which covers an account manager's book, worklist and most searches at the cost of reading at most that many index
 * entries. A query with more matches — a branch's whole list at a million customers, the commonest surname — is
 * counted in full once and that count is reused for a minute, so fifty clients paging through it do not count it
 * fifty times. One instance per kind of list; keys are the statement with its values (see {@link #key}).
 */
public final class MatchCounts {

	static final long EXACT_UP_TO = 10_000;

	static final Duration LARGE_COUNT_REUSED_FOR = Duration.ofMinutes(1);

	private final long exactUpTo;

	private final Cache<String, Long> large;

	public MatchCounts() {
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
	public long count(String key, LongUnaryOperator countUpTo, LongSupplier countAll) {
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

	/**
	 * The number of rows of {@code fromWhere} (a {@code from … where …} clause) with its {@code params}: an exact count
	 * up to the limit, a larger one counted in full and reused.
	 */
	public long count(JdbcClient jdbc, String fromWhere, List<Object> params) {
		return count(key(fromWhere, params), limit -> {
			List<Object> limited = new ArrayList<>(params);
			limited.add(limit);
			return jdbc.sql("select count(*) from (select 1 " + fromWhere + " limit ?) m").params(limited)
				.query(Long.class).single();
		}, () -> jdbc.sql("select count(*) " + fromWhere).params(params).query(Long.class).single());
	}

	/** A key for a statement and its values: the same for the same query, whatever arrays or bytes it binds. */
	public static String key(String sql, List<?> params) {
		StringBuilder key = new StringBuilder(sql);
		for (Object param : params) {
			key.append('|');
			if (param instanceof byte[] bytes) {
				key.append(java.util.HexFormat.of().formatHex(bytes));
			}
			else if (param instanceof Object[] array) {
				key.append(java.util.Arrays.toString(array));
			}
			else {
				key.append(param);
			}
		}
		return key.toString();
	}
}
