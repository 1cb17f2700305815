package org.clientcare.revisit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.revisit.ContactMethod;
import org.clientcare.revisit.EarlierRevisit;
import org.clientcare.revisit.HesitationScript;
import org.clientcare.revisit.RevisitCadence;
import org.clientcare.revisit.RevisitReason;
import org.clientcare.revisit.RevisitStatus;
import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code revisit} table. Reads join the customer module's published view {@code customer_ref} (manager, unit,
 * status, tier, relationship start, for the scope and for planning); names and usernames come from the customer and
 * identity modules' services ({@link RevisitViews}).
 */
@Repository
public class Revisits {

	static final String SELECT = """
			select r.* from revisit r join customer_ref c on c.id = r.customer_id
			""";

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Revisits(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** Plans one revisit for an existing customer, assigned to its manager; false when the source key exists. */
	public boolean plan(long customerId, RevisitReason reason, String sourceKey, LocalDate due, Instant now) {
		return plan(customerId, reason, sourceKey, due, null, now);
	}

	/**
	 * Plans one revisit for an existing customer, assigned to its manager, for a purchase inside a hesitation period
	 * ending on {@code hesitationEndsOn} (null for none); false when the source key exists.
	 */
	public boolean plan(long customerId, RevisitReason reason, String sourceKey, LocalDate due, LocalDate hesitationEndsOn,
			Instant now) {
		return jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, hesitation_ends_on, status, assignee_id,
				  created_at)
				select c.id, ?, ?, ?, ?, 'OPEN', c.manager_id, ? from customer_ref c where c.id = ?
				on conflict (source_key) do nothing""")
			.params(reason.name(), sourceKey, due, hesitationEndsOn, Timestamp.from(now), customerId).update() > 0;
	}

	/** Creates or moves the one open cadence revisit of an active customer; true when something changed. */
	public boolean replanCadence(long customerId, int months, ZoneId zone, Instant now) {
		return jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select c.id, 'CADENCE', 'cadence:' || c.id || ':open', %s, 'OPEN', c.manager_id, ?
				from customer_ref c where c.id = ? and c.status = 'ACTIVE'
				on conflict (source_key) do update set due_date = excluded.due_date, version = revisit.version + 1
				where revisit.due_date <> excluded.due_date""".formatted(CadenceSql.due("?")))
			.params(zone.getId(), months, Timestamp.from(now), customerId).update() > 0;
	}

	/**
	 * {@link #replanCadence(long, int, ZoneId, Instant)} for a chunk of the nightly tiering in one statement: the
	 * customers with ids in {@code after < id <= upTo} whose tier changed at {@code at} (rows of the tiering module's
	 * published {@code tier_change_ref}), each by the interval of the tier it has now (so an event handled late or twice
	 * leaves the same revisits); answers how many revisits changed. Customers go in id order, so that two chunks lock
	 * the rows they share in the same order, and the range bounds every table read, so that PostgreSQL reads them
	 * through their keys instead of whole tables per chunk.
	 */
	public int replanCadence(long after, long upTo, Instant at, RevisitCadence cadence, ZoneId zone, Instant now) {
		// As for the nightly tiering's chunks: planned for the ids at hand (not once for any), and not compiled (JIT),
		// which would cost more than running it.
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		jdbc.sql("set local jit = off").update();
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(now));
		params.add(zone.getId());
		String due = CadenceSql.due(CadenceSql.months(cadence, "c.tier", params));
		params.addAll(List.of(after, upTo, after, upTo, Timestamp.from(at)));
		// An open cadence revisit already due on the right day is left out before the upsert, which would otherwise
		// lock (and so write) it: on a first run most tiers keep the yearly interval.
		return jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select c.id, 'CADENCE', 'cadence:' || c.id || ':open', d.due, 'OPEN', c.manager_id, ?
				from customer_ref c
				  cross join lateral (select %s as due) d
				  left join revisit o on o.source_key = 'cadence:' || c.id || ':open'
				where c.id > ? and c.id <= ? and c.status = 'ACTIVE'
				  and exists (select 1 from tier_change_ref h where h.customer_id = c.id
				    and h.customer_id > ? and h.customer_id <= ? and h.changed_at = ?)
				  and (o.id is null or o.due_date <> d.due)
				order by c.id
				on conflict (source_key) do update set due_date = excluded.due_date, version = revisit.version + 1
				where revisit.due_date <> excluded.due_date""".formatted(due))
			.params(params).update();
	}

	/**
	 * Cadence revisits done before ClientCare (customer id → the day and the satisfaction, where rated), as a migration
	 * brings the previous system's history: one done revisit per customer by its account manager, then the customer's
	 * open cadence revisit planned again from it. Answers how many were recorded; a day recorded before for the
	 * customer is skipped.
	 */
	public int recordEarlier(Map<Long, EarlierRevisit> days, RevisitCadence cadence, ZoneId zone, Instant now) {
		if (days.isEmpty()) {
			return 0;
		}
		var sorted = new java.util.TreeMap<>(days);
		Long[] ids = sorted.keySet().toArray(Long[]::new);
		String[] dates = sorted.values().stream().map(earlier -> earlier.day().toString()).toArray(String[]::new);
		String[] dueDates = sorted.values().stream().map(earlier -> earlier.dueDate().toString()).toArray(String[]::new);
		Integer[] satisfaction = sorted.values().stream().map(EarlierRevisit::satisfaction).toArray(Integer[]::new);
		int recorded = jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, method, reached,
				  satisfaction, completed_at, completed_by, created_at)
				select c.id, 'CADENCE', 'cadence:' || c.id || ':earlier:' || p.day, p.due, 'DONE', c.manager_id, 'PHONE',
				  true, p.satisfaction, (p.day + time '10:00') at time zone ?, 'migration', ?
				from unnest(?::bigint[], ?::date[], ?::date[], ?::smallint[]) as p(id, day, due, satisfaction)
				  join customer_ref c on c.id = p.id
				on conflict (source_key) do nothing""")
			.params(zone.getId(), Timestamp.from(now), ids, dates, dueDates, satisfaction).update();
		List<Object> params = new ArrayList<>();
		params.add(zone.getId());
		String due = CadenceSql.due(CadenceSql.months(cadence, "c.tier", params));
		params.add(Timestamp.from(now));
		params.add(ids);
		jdbc.sql("""
				insert into revisit (customer_id, reason, source_key, due_date, status, assignee_id, created_at)
				select c.id, 'CADENCE', 'cadence:' || c.id || ':open', %s, 'OPEN', c.manager_id, ?
				from customer_ref c where c.id = any(?) and c.status = 'ACTIVE'
				on conflict (source_key) do update set due_date = excluded.due_date, version = revisit.version + 1
				where revisit.due_date <> excluded.due_date""".formatted(due))
			.params(params).update();
		return recorded;
	}

	public Optional<RevisitRow> find(long id, RevisitScope.Filter scope) {
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(scope.params());
		return jdbc.sql(SELECT + " where r.id = ? and " + scope.sql()).params(params).query(Revisits::row).optional();
	}

	public Optional<RevisitRow> bySourceKey(String key) {
		return jdbc.sql(SELECT + " where r.source_key = ?").param(key).query(Revisits::row).optional();
	}

	public void note(long id, String notes) {
		jdbc.sql("update revisit set notes = ? where id = ?").params(notes, id).update();
	}

	/** Locks a revisit in scope for a change. */
	public Optional<RevisitRow> lock(long id, RevisitScope.Filter scope) {
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(scope.params());
		return jdbc.sql(SELECT + " where r.id = ? and " + scope.sql() + " for update of r").params(params)
			.query(Revisits::row).optional();
	}

	public record Criteria(Long assigneeId, RevisitStatus status, LocalDate dueAfter, LocalDate dueBefore,
			Long customerId) {
	}

	public List<RevisitRow> list(Criteria criteria, RevisitScope.Filter scope, int page, int size) {
		List<Object> params = new ArrayList<>();
		String where = where(criteria, scope, params);
		params.add(size);
		params.add((long) page * size);
		return jdbc.sql(SELECT + where + " order by r.due_date, r.id limit ? offset ?").params(params)
			.query(Revisits::row).list();
	}

	/** The number of revisits matching, large numbers estimated as {@link ListCounts} does. */
	public ListCount count(Criteria criteria, RevisitScope.Filter scope) {
		List<Object> params = new ArrayList<>();
		String where = where(criteria, scope, params);
		return counts.count("from revisit r join customer_ref c on c.id = r.customer_id" + where, params);
	}

	/**
	 * Per org unit of the customers in scope: revisits due in {@code [from, to]}, those done, and those done by the
	 * end of their due day in {@code zone} (on time).
	 */
	public List<long[]> completionByUnit(java.time.LocalDate from, java.time.LocalDate to, String zone,
			RevisitScope.Filter scope) {
		List<Object> params = new ArrayList<>(List.of(zone, from, to));
		params.addAll(scope.params());
		return jdbc.sql("""
				select c.org_unit_id, count(*) as due, count(*) filter (where r.status = 'DONE') as done,
				  count(*) filter (where r.status = 'DONE'
				    and (r.completed_at at time zone ?)::date <= r.due_date) as on_time
				from revisit r join customer_ref c on c.id = r.customer_id
				where r.status <> 'CANCELLED' and r.due_date between ? and ? and""" + " " + scope.sql()
				+ " group by c.org_unit_id order by c.org_unit_id")
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }).list();
	}

	private static String where(Criteria criteria, RevisitScope.Filter scope, List<Object> params) {
		StringBuilder where = new StringBuilder(" where ").append(scope.sql());
		params.addAll(scope.params());
		if (criteria.assigneeId() != null) {
			where.append(" and r.assignee_id = ?");
			params.add(criteria.assigneeId());
		}
		if (criteria.status() != null) {
			where.append(" and r.status = ?");
			params.add(criteria.status().name());
		}
		if (criteria.dueAfter() != null) {
			where.append(" and r.due_date > ?");
			params.add(criteria.dueAfter());
		}
		if (criteria.dueBefore() != null) {
			where.append(" and r.due_date <= ?");
			params.add(criteria.dueBefore());
		}
		if (criteria.customerId() != null) {
			where.append(" and r.customer_id = ?");
			params.add(criteria.customerId());
		}
		return where.toString();
	}

	/** Counts a failed attempt; the last allowed one makes the revisit unreachable. */
	public void failedAttempt(long id, ContactMethod method, String notes, boolean unreachable, Instant now, String by) {
		jdbc.sql("""
				update revisit set attempts = attempts + 1, last_attempt_at = ?, method = ?, reached = false,
				  notes = coalesce(?, notes), status = ?, completed_at = ?, completed_by = ?, version = version + 1
				where id = ?""")
			.params(Timestamp.from(now), method.name(), notes, unreachable ? "UNREACHABLE" : "OPEN",
					unreachable ? Timestamp.from(now) : null, unreachable ? by : null, id)
			.update();
		if (unreachable) {
			releaseCadenceKey(id);
		}
	}

	/** Records the outcome of a successful contact: the revisit is done. */
	public void done(long id, ContactMethod method, Integer satisfaction, String productUsage, String problems,
			String suggestions, String notes, Instant now, String by) {
		jdbc.sql("""
				update revisit set attempts = attempts + 1, last_attempt_at = ?, method = ?, reached = true, satisfaction = ?,
				  product_usage = ?, problems = ?, suggestions = ?, notes = ?, status = 'DONE', completed_at = ?,
				  completed_by = ?, version = version + 1
				where id = ?""")
			.params(Timestamp.from(now), method.name(), satisfaction, productUsage, problems, suggestions, notes,
					Timestamp.from(now), by, id)
			.update();
		releaseCadenceKey(id);
	}

	/** A closed cadence revisit gives up the key of the open one, so that the next can be planned. */
	private void releaseCadenceKey(long id) {
		jdbc.sql("update revisit set source_key = 'cadence:' || customer_id || ':' || id where id = ? and reason = 'CADENCE'")
			.param(id).update();
	}

	/** Open revisits follow the customer's current account manager. */
	public int followManager(long customerId) {
		return jdbc.sql("""
				update revisit r set assignee_id = c.manager_id, version = r.version + 1
				from customer_ref c where c.id = r.customer_id and r.customer_id = ? and r.status = 'OPEN'
				  and r.assignee_id is distinct from c.manager_id""").param(customerId).update();
	}

	/**
	 * Cancels the customer's open revisits for the reason, at {@code at} by {@code by}; answers the revisits cancelled
	 * (id, reason and due day), for the audit trail.
	 */
	public List<Map<String, Object>> cancelOpen(long customerId, String cancelReason, Instant at, String by) {
		return jdbc.sql("""
				update revisit set status = 'CANCELLED', cancel_reason = ?, completed_at = ?, completed_by = ?,
				  version = version + 1
				where customer_id = ? and status = 'OPEN'
				returning id, reason, due_date""")
			.params(cancelReason, Timestamp.from(at), by, customerId).query().listOfRows();
	}

	/** The customer's current tier as the customer module projects it, null when untiered or unknown. */
	public String tierOf(long customerId) {
		List<String> tiers = jdbc.sql("select tier from customer_ref where id = ?").param(customerId).query(String.class).list();
		return tiers.isEmpty() ? null : tiers.get(0);
	}

	static RevisitRow row(ResultSet rs, int n) throws SQLException {
		String method = rs.getString("method");
		return new RevisitRow(rs.getLong("id"), rs.getLong("customer_id"),
				RevisitReason.valueOf(rs.getString("reason")), rs.getObject("due_date", LocalDate.class),
				rs.getObject("hesitation_ends_on", LocalDate.class),
				RevisitStatus.valueOf(rs.getString("status")), (Long) rs.getObject("assignee_id"), rs.getInt("attempts"),
				instant(rs.getTimestamp("last_attempt_at")), method == null ? null : ContactMethod.valueOf(method),
				(Boolean) rs.getObject("reached"), (Integer) rs.getObject("satisfaction", Integer.class),
				rs.getString("product_usage"), rs.getString("problems"), rs.getString("suggestions"), rs.getString("notes"),
				instant(rs.getTimestamp("completed_at")), rs.getString("completed_by"), rs.getLong("version"),
				rs.getString("product_code"), items(rs, "script_confirmed", HesitationScript.Item.class),
				items(rs, "script_denied", HesitationScript.Item.class),
				items(rs, "mis_selling", HesitationScript.MisSelling.class), rs.getString("fallback_channel"),
				instant(rs.getTimestamp("fallback_at")), rs.getString("cancel_reason"));
	}

	private static <E extends Enum<E>> java.util.Set<E> items(ResultSet rs, String column, Class<E> type)
			throws SQLException {
		java.sql.Array array = rs.getArray(column);
		java.util.Set<E> items = java.util.EnumSet.noneOf(type);
		if (array != null) {
			for (Object name : (Object[]) array.getArray()) {
				items.add(Enum.valueOf(type, name.toString()));
			}
		}
		return items;
	}

	/** The source key of a revisit: what planned it. */
	public Optional<String> sourceKey(long id) {
		return jdbc.sql("select source_key from revisit where id = ?").param(id).query(String.class).optional();
	}

	/** The product of the purchase a revisit follows. */
	public void product(String sourceKey, String productCode) {
		jdbc.sql("update revisit set product_code = ? where source_key = ? and product_code is null")
			.params(productCode, sourceKey).update();
	}

	/** Stores the script of a hesitation-period revisit as answered and the mis-selling it found. */
	public void script(long id, HesitationScript script) {
		jdbc.sql("update revisit set script_confirmed = ?::text[], script_denied = ?::text[], mis_selling = ?::text[] where id = ?")
			.params(names(script.confirmed()), names(java.util.EnumSet.complementOf(enumSet(script.confirmed()))),
					names(script.misSelling()), id)
			.update();
	}

	/** Records the letter/SMS fallback of a revisit whose customer could not be reached; false when it had one. */
	public boolean fallback(long id, String channel, Instant at) {
		return jdbc.sql("update revisit set fallback_channel = ?, fallback_at = ? where id = ? and fallback_at is null")
			.params(channel, Timestamp.from(at), id).update() > 0;
	}

	private static java.util.EnumSet<HesitationScript.Item> enumSet(java.util.Set<HesitationScript.Item> items) {
		return items.isEmpty() ? java.util.EnumSet.noneOf(HesitationScript.Item.class) : java.util.EnumSet.copyOf(items);
	}

	private static String[] names(java.util.Collection<? extends Enum<?>> items) {
		return items.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
