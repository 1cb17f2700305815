package org.clientcare.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.shared.jdbc.ReportReads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many rows match a list query, for {@code totalElements}. Counting is exact up to {@link #EXACT_UP_TO} matches,
 * which reads at most that many index entries whatever the size of the table; beyond it the answer is the planner's
 * estimate of the same query with the same values ({@code EXPLAIN}), which costs a plan and no reading at all, flagged
 * as an estimate ({@code totalIsEstimate}, "about N" on pages). Nobody pages through a thousand rows; they narrow the
 * search instead. Counted on the read replica when there is one ({@link ReportReads}).
 */
@Component
public class ListCounts {

	/** Up to how many matches a list's total is counted exactly. */
	public static final long EXACT_UP_TO = 1_000;

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	private final JdbcClient jdbc;

	private final ReportReads reads;

	private final long exactUpTo;

	@Autowired
	public ListCounts(JdbcClient jdbc, ReportReads reads) {
		this(jdbc, reads, EXACT_UP_TO);
	}

	ListCounts(JdbcClient jdbc, ReportReads reads, long exactUpTo) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.exactUpTo = exactUpTo;
	}

	/**
	 * The number of rows of {@code fromWhere} (a {@code from … where …} clause, the same as the list's) with its
	 * {@code params}: exact up to the limit, the planner's estimate (at least the limit plus one) beyond it.
	 */
	public ListCount count(String fromWhere, List<?> params) {
		return reads == null ? countHere(fromWhere, params) : reads.read(() -> countHere(fromWhere, params));
	}

	private ListCount countHere(String fromWhere, List<?> params) {
		List<Object> limited = new ArrayList<>(params);
		limited.add(exactUpTo + 1);
		long upTo = jdbc.sql("select count(*) from (select 1 " + fromWhere + " limit ?) m").params(limited)
			.query(Long.class).single();
		if (upTo <= exactUpTo) {
			return ListCount.exactly(upTo);
		}
		return new ListCount(Math.max(exactUpTo + 1, estimate(fromWhere, params)), true);
	}

	/** The planner's estimate of the rows of {@code fromWhere} with its values. */
	long estimate(String fromWhere, List<?> params) {
		String plan = jdbc.sql("explain (format json) select 1 " + fromWhere).params(new ArrayList<>(params))
			.query((rs, n) -> rs.getString(1)).list().stream().reduce("", String::concat);
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : 0;
	}
}
