package org.clientcare.kpi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily roll-up of the KPIs ({@code kpi_daily}, {@code kpi_daily_pending}, {@code kpi_rollup_state}): per day, org
 * unit and account manager, every count a figure is made of, written set-based from the same projections and views
 * the figures are counted from, with the same unit and manager each definition uses. Each count is keyed by the day
 * that puts a record in a period (a revisit's due date, a complaint's day of receipt, an account's day of opening, a
 * customer's first day), so a period's count is the sum of its days' rows; for a day that is over, none of them
 * depends on the moment of reading except complaints still waiting for an acknowledgment or a resolution, which are
 * kept by deadline in {@code kpi_daily_pending}. Every write holds one advisory lock, so the nightly rebuild and the
 * refreshes of single days after late changes never interleave.
 */
@Repository
public class KpiRollup {

	/** The advisory lock every write of the roll-up holds. */
	static final long LOCK = 0x4b50495f524f4c4cL; // "KPI_ROLL"

	/** The first day of a full rebuild: before any relationship, revisit or complaint. */
	static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

	static final List<String> COUNTS = List.of("revisits_due", "revisits_on_time", "revisits_rated", "revisits_score_1",
			"revisits_score_2", "revisits_score_3", "revisits_score_4", "revisits_score_5", "hesitation_due",
			"hesitation_in_time", "complaints", "acks_done", "acks_on_time", "resolutions_done", "resolutions_on_time",
			"complaints_rated", "complaints_score_1", "complaints_score_2", "complaints_score_3", "complaints_score_4",
			"complaints_score_5", "settlement_accounts", "basic_accounts", "reactivated_accounts", "inquiries_due",
			"inquiries_on_time", "customers", "individual_customers", "active_customers");

	/**
	 * The sources of the counts: each a grouped select of one kind of record by the day that puts it in a period. The
	 * parameters are :f and :t (the days), :s and :e (the instants of their span) and :zone.
	 */
	private static final List<Source> SOURCES = List.of(
			new Source("revisit_kpi_ref r join customer_ref c on c.id = r.customer_id", "r.due_date", "c.org_unit_id",
					"r.assignee_id", "r.due_date between :f and :t",
					Map.of("revisits_due", "count(*) filter (where r.status <> 'CANCELLED')", "revisits_on_time",
							"count(*) filter (where r.status = 'DONE' and (r.completed_at at time zone :zone)::date <= r.due_date)")),
			new Source("revisit_kpi_ref r join customer_ref c on c.id = r.customer_id",
					"(r.completed_at at time zone :zone)::date", "c.org_unit_id", "r.assignee_id",
					"r.completed_at >= :s and r.completed_at < :e", scores("revisits", "r.satisfaction")),
			new Source("revisit_kpi_ref r join customer_ref c on c.id = r.customer_id", "r.hesitation_ends_on",
					"c.org_unit_id", "r.assignee_id", "r.hesitation_ends_on between :f and :t",
					Map.of("hesitation_due", "count(*) filter (where r.status <> 'CANCELLED')", "hesitation_in_time",
							"count(*) filter (where r.status = 'DONE' and (r.completed_at at time zone :zone)::date <= r.hesitation_ends_on)")),
			new Source("complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id",
					"(k.received_at at time zone :zone)::date", "coalesce(k.org_unit_id, c.org_unit_id)", "c.manager_id",
					"k.received_at >= :s and k.received_at < :e",
					Map.of("complaints", "count(*)", "acks_done", "count(k.acknowledged_at)", "acks_on_time",
							"count(*) filter (where k.acknowledged_at <= k.ack_due_at)", "resolutions_done",
							"count(k.resolved_at)", "resolutions_on_time",
							"count(*) filter (where k.resolved_at <= k.resolution_due_at)")),
			new Source("complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id",
					"(k.closed_at at time zone :zone)::date", "coalesce(k.org_unit_id, c.org_unit_id)", "c.manager_id",
					"k.closed_at >= :s and k.closed_at < :e", scores("complaints", "k.satisfaction")),
			new Source("kpi_account a left join customer_ref c on c.id = a.customer_id",
					"(a.opened_at at time zone :zone)::date", "a.org_unit_id", "c.manager_id",
					"a.opened_at >= :s and a.opened_at < :e",
					Map.of("settlement_accounts",
							"count(*) filter (where a.kind in ('BASIC', 'GENERAL', 'SPECIAL', 'TEMPORARY'))", "basic_accounts",
							"count(*) filter (where a.kind = 'BASIC')")),
			new Source("kpi_account_change a left join customer_ref c on c.id = a.customer_id",
					"(a.changed_at at time zone :zone)::date", "a.org_unit_id", "c.manager_id",
					"a.from_status = 'DORMANT' and a.to_status = 'ACTIVE' and a.changed_at >= :s and a.changed_at < :e",
					Map.of("reactivated_accounts", "count(*)")),
			// a day that is over: every inquiry due in it is due, answered or not
			new Source("kpi_inquiry i left join customer_ref c on c.id = i.customer_id", "(i.due_at at time zone :zone)::date",
					"coalesce(i.org_unit_id, c.org_unit_id)", "c.manager_id", "i.due_at >= :s and i.due_at < :e",
					Map.of("inquiries_due", "count(*)", "inquiries_on_time", "count(*) filter (where i.on_time)")),
			new Source("customer_ref c", "c.relationship_since", "c.org_unit_id", "c.manager_id",
					"c.relationship_since between :f and :t",
					Map.of("customers", "count(*) filter (where c.status in ('ACTIVE', 'DORMANT'))", "individual_customers",
							"count(*) filter (where c.status in ('ACTIVE', 'DORMANT') and c.type = 'INDIVIDUAL')",
							"active_customers", "count(*) filter (where c.status = 'ACTIVE')")));

	private static final String INSERT_DAILY = "insert into kpi_daily (day, org_unit_id, manager_id, "
			+ String.join(", ", COUNTS) + ")\n";

	private static final String SELECT_DAILY = selectDaily();

	private static final String INSERT_PENDING = "insert into kpi_daily_pending (day, org_unit_id, manager_id, kind, due_at, n)\n";

	private static final String SELECT_PENDING = """
			select (k.received_at at time zone :zone)::date as day, coalesce(k.org_unit_id, c.org_unit_id) as org_unit_id,
			       c.manager_id, 'ACK' as kind, k.ack_due_at as due_at, count(*) as n
			from complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id
			where k.received_at >= :s and k.received_at < :e and k.acknowledged_at is null
			group by 1, 2, 3, 5
			union all
			select (k.received_at at time zone :zone)::date, coalesce(k.org_unit_id, c.org_unit_id), c.manager_id,
			       'RESOLUTION', k.resolution_due_at, count(*)
			from complaint_kpi_ref k left join customer_ref c on c.id = k.customer_id
			where k.received_at >= :s and k.received_at < :e and k.resolved_at is null
			group by 1, 2, 3, 5""";

	private final JdbcClient jdbc;

	private final Clock clock;

	KpiRollup(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How far the roll-up reaches, and whether the customer counts must be read from the records meanwhile. */
	public record State(LocalDate rolledThrough, boolean customersLive) {
	}

	public State state() {
		return jdbc.sql("select rolled_through, customers_live from kpi_rollup_state where id = 1")
			.query((rs, n) -> new State(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
			.optional()
			.orElse(new State(null, false));
	}

	/**
	 * Rebuilds the whole roll-up, every day up to yesterday, in the caller's transaction: deletes it and writes it
	 * again from the records, set-based; running it twice writes the same rows. Answers what it wrote.
	 */
	public Map<String, Object> rebuild() {
		long started = System.nanoTime();
		ZoneId zone = clock.getZone();
		LocalDate through = LocalDate.now(clock).minusDays(1);
		lock();
		jdbc.sql("delete from kpi_daily").update();
		jdbc.sql("delete from kpi_daily_pending").update();
		int rows = write(BEGINNING, through, zone, true);
		long ms = (System.nanoTime() - started) / 1_000_000;
		jdbc.sql("""
				update kpi_rollup_state set rolled_through = ?, customers_live = false, rebuilt_at = ?, rebuild_ms = ?
				where id = 1""").params(through, Timestamp.from(clock.instant()), ms).update();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("rolledThrough", through.toString());
		result.put("rows", rows);
		result.put("pending", jdbc.sql("select count(*) from kpi_daily_pending").query(Long.class).single());
		result.put("ms", ms);
		return result;
	}

	/**
	 * Writes the rows of the days {@code from}–{@code to} again (a late change to them), of those the roll-up reaches;
	 * the days after it are counted from the records anyway.
	 */
	public void refresh(LocalDate from, LocalDate to) {
		if (from != null) {
			refresh(java.util.Collections.singletonList(new LocalDate[] { from, to }));
		}
	}

	/**
	 * Writes the rows of each span {@code {from, to}} ({@code to} null: up to the roll-up's last day) again, of the days
	 * the roll-up reaches. The lock is taken before the state is read, and held until the caller's transaction ends: a
	 * change committed while a rebuild runs is either seen by the rebuild or refreshed after it, never lost between them.
	 */
	public void refresh(List<LocalDate[]> spans) {
		lock();
		LocalDate rolled = state().rolledThrough();
		if (rolled == null) {
			return;
		}
		for (LocalDate[] span : spans) {
			LocalDate from = span[0];
			LocalDate last = span[1] == null || span[1].isAfter(rolled) ? rolled : span[1];
			if (from == null || from.isAfter(last)) {
				continue;
			}
			jdbc.sql("delete from kpi_daily where day between ? and ?").params(from, last).update();
			jdbc.sql("delete from kpi_daily_pending where day between ? and ?").params(from, last).update();
			write(from, last, clock.getZone(), false);
		}
	}

	/** Counts the customers from the records until the next rebuild (a change whose days are not known). */
	public void customersLive() {
		jdbc.sql("update kpi_rollup_state set customers_live = true where id = 1 and rolled_through is not null").update();
	}

	/** Forgets the roll-up: every figure is counted from the records until the next rebuild. */
	public void forget() {
		lock();
		jdbc.sql("delete from kpi_daily").update();
		jdbc.sql("delete from kpi_daily_pending").update();
		jdbc.sql("update kpi_rollup_state set rolled_through = null, customers_live = false where id = 1").update();
	}

	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
	}

	/**
	 * Writes the counts of the days {@code from}–{@code to}. {@code whole}: every record is read (the nightly rebuild),
	 * and the counts are first read into a scratch table of the transaction, because PostgreSQL reads the select of an
	 * {@code insert} with one process while it reads that of a {@code create table as} with its parallel workers too;
	 * the rows then go into the roll-up's tables as they are. A refresh of a few days reads little and inserts directly.
	 */
	private int write(LocalDate from, LocalDate to, ZoneId zone, boolean whole) {
		Map<String, Object> params = Map.of("f", from, "t", to, "s",
				Timestamp.from(from.atStartOfDay(zone).toInstant()), "e",
				Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()), "zone", zone.getId());
		if (!whole) {
			int rows = jdbc.sql(INSERT_DAILY + SELECT_DAILY).params(params).update();
			jdbc.sql(INSERT_PENDING + SELECT_PENDING).params(params).update();
			return rows;
		}
		int rows = readInParallel(INSERT_DAILY, SELECT_DAILY, params);
		readInParallel(INSERT_PENDING, SELECT_PENDING, params);
		return rows;
	}

	private int readInParallel(String insert, String select, Map<String, Object> params) {
		jdbc.sql("create temporary table kpi_rollup_scratch on commit drop as\n" + select).params(params).update();
		int rows = jdbc.sql(insert + "select * from kpi_rollup_scratch").update();
		jdbc.sql("drop table kpi_rollup_scratch").update();
		return rows;
	}

	/**
	 * The rolled counts of a reach, by group (the rows' unit and manager): the sums over the days {@code from}–{@code upTo}
	 * of the per-day counts {@code columns} (with the complaints still waiting whose deadline has passed at {@code now},
	 * when the complaints are asked for), and — when the customers are asked for — the running totals of customers up to
	 * {@code upTo} and of active ones before {@code from}. {@code satisfiedFrom}: the lowest score that counts as
	 * satisfied.
	 */
	public Map<KpiRecords.Group, Sums> sums(KpiRecords.Reach reach, LocalDate from, LocalDate upTo, int satisfiedFrom,
			Instant now, List<String> columns) {
		boolean customers = columns.contains("customers");
		List<String> additive = columns.stream().filter(c -> !c.endsWith("customers")).toList();
		List<String> select = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (String c : additive) {
			select.add("coalesce(sum(" + c + ") filter (where day >= ?), 0) as " + c);
			params.add(from);
		}
		if (customers) {
			select.add("coalesce(sum(customers), 0) as customers");
			select.add("coalesce(sum(individual_customers), 0) as individual_customers");
			select.add("coalesce(sum(active_customers) filter (where day < ?), 0) as active_customers");
			params.add(from);
		}
		params.add(upTo);
		// the running totals of customers need every day up to the last; the other counts only the period's days
		if (!customers) {
			params.add(from);
		}
		String where = reach.where("org_unit_id", "manager_id", params);
		Map<KpiRecords.Group, Sums> sums = new java.util.HashMap<>();
		for (Map<String, Object> row : jdbc.sql("select org_unit_id as g_unit, manager_id as g_manager"
				+ select.stream().map(c -> ",\n" + c).collect(Collectors.joining()) + "\nfrom kpi_daily where day <= ?"
				+ (customers ? "" : " and day >= ?") + " and " + where + " group by 1, 2").params(params).query().listOfRows()) {
			sums.put(KpiRecords.group(row), new Sums(row, satisfiedFrom, 0, 0));
		}
		if (columns.contains("complaints")) {
			List<Object> q = new ArrayList<>(List.of(Timestamp.from(now), from, upTo));
			String pendingWhere = reach.where("org_unit_id", "manager_id", q);
			for (Map<String, Object> row : jdbc.sql("""
					select org_unit_id as g_unit, manager_id as g_manager,
					       coalesce(sum(n) filter (where kind = 'ACK'), 0) as acks,
					       coalesce(sum(n) filter (where kind = 'RESOLUTION'), 0) as resolutions
					from kpi_daily_pending where due_at <= ? and day between ? and ? and""" + " " + pendingWhere
					+ " group by 1, 2").params(q).query().listOfRows()) {
				KpiRecords.Group group = KpiRecords.group(row);
				Sums s = sums.getOrDefault(group, new Sums(Map.of(), satisfiedFrom, 0, 0));
				sums.put(group, new Sums(s.row(), satisfiedFrom, n(row, "acks"), n(row, "resolutions")));
			}
		}
		return sums;
	}

	/**
	 * The rolled counts of a scope for consecutive spans of days, in one statement: the spans begin on {@code starts}
	 * (ascending) and the last ends on {@code lastTo}, all inside the roll-up. Each span's counts are those
	 * {@link #sums} gives for it: its days' sums of {@code columns}, its waiting complaints due by {@code now}, and the
	 * running totals of customers up to its last day and of active ones before its first.
	 */
	public List<Sums> sumsOfSpans(KpiScope scope, List<LocalDate> starts, LocalDate lastTo, int satisfiedFrom,
			Instant now, List<String> columns) {
		boolean customers = columns.contains("customers");
		String bounds = starts.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
		List<Object> params = new ArrayList<>(List.of(bounds, lastTo));
		if (!customers) {
			params.add(starts.get(0));
		}
		String where = scope.unit("org_unit_id", params) + " and " + scope.manager("manager_id", params);
		// bucket 0: the days before the first span (for the running totals only); bucket i: the days of span i
		Map<Integer, Map<String, Object>> buckets = new java.util.HashMap<>();
		for (Map<String, Object> row : jdbc.sql("select width_bucket(day, ?::date[]) as bucket, "
				+ columns.stream().map(c -> "coalesce(sum(" + c + "), 0) as " + c).collect(Collectors.joining(", "))
				+ " from kpi_daily where day <= ?" + (customers ? "" : " and day >= ?") + " and " + where + " group by 1")
			.params(params).query().listOfRows()) {
			buckets.put(((Number) row.get("bucket")).intValue(), row);
		}
		Map<Integer, Map<String, Object>> pending = new java.util.HashMap<>();
		if (columns.contains("complaints")) {
			List<Object> q = new ArrayList<>(List.of(bounds, Timestamp.from(now), starts.get(0), lastTo));
			String pendingWhere = scope.unit("org_unit_id", q) + " and " + scope.manager("manager_id", q);
			for (Map<String, Object> row : jdbc.sql("""
					select width_bucket(day, ?::date[]) as bucket,
					       coalesce(sum(n) filter (where kind = 'ACK'), 0) as acks,
					       coalesce(sum(n) filter (where kind = 'RESOLUTION'), 0) as resolutions
					from kpi_daily_pending where due_at <= ? and day between ? and ? and""" + " " + pendingWhere
					+ " group by 1").params(q).query().listOfRows()) {
				pending.put(((Number) row.get("bucket")).intValue(), row);
			}
		}
		List<Sums> spans = new ArrayList<>();
		long customersUpTo = 0;
		long individualsUpTo = 0;
		long activeBefore = 0;
		for (int i = 0; i <= starts.size(); i++) {
			Map<String, Object> bucket = buckets.getOrDefault(i, Map.of());
			if (i > 0) {
				Map<String, Object> row = new LinkedHashMap<>(bucket);
				if (customers) {
					row.put("customers", customersUpTo + n(bucket, "customers"));
					row.put("individual_customers", individualsUpTo + n(bucket, "individual_customers"));
					row.put("active_customers", activeBefore);
				}
				Map<String, Object> waiting = pending.getOrDefault(i, Map.of());
				spans.add(new Sums(row, satisfiedFrom, n(waiting, "acks"), n(waiting, "resolutions")));
			}
			customersUpTo += n(bucket, "customers");
			individualsUpTo += n(bucket, "individual_customers");
			activeBefore += n(bucket, "active_customers");
		}
		return spans;
	}

	/** One reading of the roll-up. */
	public record Sums(Map<String, Object> row, int satisfiedFrom, long pendingAcksDue, long pendingResolutionsDue) {

		public long get(String column) {
			return n(row, column);
		}

		/** The scores of {@code kind} ({@code revisits}, {@code complaints}) that count as satisfied. */
		public long satisfied(String kind) {
			return IntStream.rangeClosed(Math.max(1, satisfiedFrom), 5).mapToLong(k -> get(kind + "_score_" + k)).sum();
		}
	}

	static long n(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value == null ? 0 : ((Number) value).longValue();
	}

	private static Map<String, String> scores(String kind, String column) {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put(kind + "_rated", "count(" + column + ")");
		for (int k = 1; k <= 5; k++) {
			columns.put(kind + "_score_" + k, "count(*) filter (where " + column + " = " + k + ")");
		}
		return columns;
	}

	private static String selectDaily() {
		String branches = SOURCES.stream().map(s -> "select " + s.day() + " as day, " + s.unit() + " as unit, "
				+ s.manager() + " as manager, "
				+ COUNTS.stream().map(c -> s.counts().getOrDefault(c, "0") + " as " + c).collect(Collectors.joining(", "))
				+ "\nfrom " + s.from() + "\nwhere " + s.where() + "\ngroup by 1, 2, 3")
			.collect(Collectors.joining("\nunion all\n"));
		return "select day, unit, manager, "
				+ COUNTS.stream().map(c -> "sum(" + c + ") as " + c).collect(Collectors.joining(", ")) + "\nfrom (\n" + branches
				+ "\n) x\ngroup by day, unit, manager";
	}

	/** The statement of the rebuild, for the benchmark's hand-written comparison and for reading. */
	static String insertStatement() {
		return INSERT_DAILY + SELECT_DAILY;
	}

	private record Source(String from, String day, String unit, String manager, String where, Map<String, String> counts) {
	}
}
