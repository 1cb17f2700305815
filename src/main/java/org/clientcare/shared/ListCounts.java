package org.clientcare.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.clientcare.shared.jdbc.ReportReads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many rows match a list query, for {@code totalElements}. Counting is exact up to {@link #EXACT_UP_TO} matches,
 * which reads at most that many index entries whatever the size of the table; beyond it the answer is the planner's
 * estimate of the same query with the same values ({@code EXPLAIN}), which costs a plan and no reading at all, flagged
 * as an estimate ({@code totalIsEstimate}, "about N" on pages). Nobody pages through a thousand rows; they narrow the
 * search instead. An estimate is kept for {@code clientcare.lists.estimate-ttl} (a minute by default) per statement and
 * values, so the users paging through a large list or repeating a common search pay the limited count and the plan
 * once, not on every request: while it is kept, the same list answers it without counting again (a list that shrank
 * below the limit meanwhile says "about" for at most that long); an estimate a minute old is as good as a new one.
 * Once it is older, the next request counts again and the requests of the same list that arrive meanwhile answer the
 * old estimate instead of each counting too: a list asked hundreds of times a second is counted once when its
 * estimate expires, not by every request in flight. Counted on the read replica when there is one
 * ({@link ReportReads}).
 */
@Component
public class ListCounts {

	/** Up to how many matches a list's total is counted exactly. */
	public static final long EXACT_UP_TO = 1_000;

	/** How many TTLs an estimate is kept for the requests that arrive while its list is counted again. */
	private static final int KEPT_TTLS = 60;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	private final JdbcClient jdbc;

	private final ReportReads reads;

	private final long exactUpTo;

	private final Cache<Statement, Estimate> estimates;

	private final Ticker ticker;

	private final long ttlNanos;

	@Autowired
	public ListCounts(JdbcClient jdbc, ReportReads reads,
			@Value("${clientcare.lists.estimate-ttl:PT1M}") Duration estimateTtl) {
		this(jdbc, reads, EXACT_UP_TO, estimateTtl, Ticker.systemTicker());
	}

	ListCounts(JdbcClient jdbc, ReportReads reads, long exactUpTo, Duration estimateTtl, Ticker ticker) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.exactUpTo = exactUpTo;
		this.ticker = ticker;
		this.ttlNanos = estimateTtl.toNanos();
		// kept past the TTL, so that the requests arriving while one counts again answer the old estimate
		this.estimates = Caffeine.newBuilder().expireAfterWrite(estimateTtl.multipliedBy(KEPT_TTLS)).maximumSize(10_000)
			.ticker(ticker).build();
	}

	/**
	 * The number of rows of {@code fromWhere} (a {@code from … where …} clause, the same as the list's) with its
	 * {@code params}: exact up to the limit, the planner's estimate (at least the limit plus one) beyond it.
	 */
	public ListCount count(String fromWhere, List<?> params) {
		Statement statement = Statement.of(fromWhere, params);
		Estimate known = estimates.getIfPresent(statement);
		if (known != null && (ticker.read() - known.madeAt() < ttlNanos || !known.recounting().compareAndSet(false, true))) {
			// counted past the limit within the TTL (a repeated large list reads nothing at all), or older and being
			// counted again by another request right now
			return new ListCount(Math.max(exactUpTo + 1, known.rows()), true);
		}
		try {
			return reads == null ? countHere(statement, fromWhere, params)
					: reads.read(() -> countHere(statement, fromWhere, params));
		}
		finally {
			if (known != null) {
				known.recounting().set(false);
			}
		}
	}

	private ListCount countHere(Statement statement, String fromWhere, List<?> params) {
		List<Object> limited = new ArrayList<>(params);
		limited.add(exactUpTo + 1);
		long upTo = jdbc.sql("select count(*) from (select 1 " + fromWhere + " limit ?) m").params(limited)
			.query(Long.class).single();
		if (upTo <= exactUpTo) {
			estimates.invalidate(statement);
			return ListCount.exactly(upTo);
		}
		long estimate = estimates.asMap()
			.compute(statement, (s, old) -> old != null && ticker.read() - old.madeAt() < ttlNanos ? old
					: new Estimate(estimate(fromWhere, params), ticker.read(), new AtomicBoolean()))
			.rows();
		return new ListCount(Math.max(exactUpTo + 1, estimate), true);
	}

	/** The planner's estimate of the rows of {@code fromWhere} with its values. */
	long estimate(String fromWhere, List<?> params) {
		String plan = jdbc.sql("explain (format json) select 1 " + fromWhere).params(new ArrayList<>(params))
			.query((rs, n) -> rs.getString(1)).list().stream().reduce("", String::concat);
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : 0;
	}

	/** The planner's estimate of a list's rows, when it was made, and whether a request is counting the list again. */
	private record Estimate(long rows, long madeAt, AtomicBoolean recounting) {
	}

	/**
	 * A list's {@code from … where …} clause with its bound values, arrays compared by their elements: what an
	 * estimate is kept for.
	 */
	private record Statement(String fromWhere, String params) {

		static Statement of(String fromWhere, List<?> params) {
			return new Statement(fromWhere, Arrays.deepToString(params.toArray()));
		}
	}
}
