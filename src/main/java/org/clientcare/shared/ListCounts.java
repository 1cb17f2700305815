package org.clientcare.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Counted on the read replica when there is one
 * ({@link ReportReads}).
 */
@Component
public class ListCounts {

	/** Up to how many matches a list's total is counted exactly. */
	public static final long EXACT_UP_TO = 1_000;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	private final JdbcClient jdbc;

	private final ReportReads reads;

	private final long exactUpTo;

	private final Cache<Statement, Long> estimates;

	@Autowired
	public ListCounts(JdbcClient jdbc, ReportReads reads,
			@Value("${clientcare.lists.estimate-ttl:PT1M}") Duration estimateTtl) {
		this(jdbc, reads, EXACT_UP_TO, estimateTtl, Ticker.systemTicker());
	}

	ListCounts(JdbcClient jdbc, ReportReads reads, long exactUpTo, Duration estimateTtl, Ticker ticker) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.exactUpTo = exactUpTo;
		this.estimates = Caffeine.newBuilder().expireAfterWrite(estimateTtl).maximumSize(10_000).ticker(ticker).build();
	}

	/**
	 * The number of rows of {@code fromWhere} (a {@code from … where …} clause, the same as the list's) with its
	 * {@code params}: exact up to the limit, the planner's estimate (at least the limit plus one) beyond it.
	 */
	public ListCount count(String fromWhere, List<?> params) {
		Statement statement = Statement.of(fromWhere, params);
		Long known = estimates.getIfPresent(statement);
		if (known != null) {
			// counted past the limit within the TTL: a repeated large list reads nothing at all
			return new ListCount(Math.max(exactUpTo + 1, known), true);
		}
		return reads == null ? countHere(statement, fromWhere, params)
				: reads.read(() -> countHere(statement, fromWhere, params));
	}

	private ListCount countHere(Statement statement, String fromWhere, List<?> params) {
		List<Object> limited = new ArrayList<>(params);
		limited.add(exactUpTo + 1);
		long upTo = jdbc.sql("select count(*) from (select 1 " + fromWhere + " limit ?) m").params(limited)
			.query(Long.class).single();
		if (upTo <= exactUpTo) {
			return ListCount.exactly(upTo);
		}
		long estimate = estimates.get(statement, s -> estimate(fromWhere, params));
		return new ListCount(Math.max(exactUpTo + 1, estimate), true);
	}

	/** The planner's estimate of the rows of {@code fromWhere} with its values. */
	long estimate(String fromWhere, List<?> params) {
		String plan = jdbc.sql("explain (format json) select 1 " + fromWhere).params(new ArrayList<>(params))
			.query((rs, n) -> rs.getString(1)).list().stream().reduce("", String::concat);
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : 0;
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
