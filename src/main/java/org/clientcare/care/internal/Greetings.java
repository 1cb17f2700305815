package org.clientcare.care.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clientcare.care.CareTask;
import org.clientcare.care.GreetingDay;
import org.clientcare.care.GreetingView;
import org.clientcare.care.Occasion;
import org.clientcare.notification.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Greetings ({@code care_greeting}) and the managers' to-dos ({@code care_task}), chosen set-based: one statement per
 * chunk of a due greeting's audience selects the next customers from {@code customer_ref}, the care profiles and the
 * occasion's setting, and inserts what the unique key lets through, so a second run of a day adds nothing.
 */
@Repository
public class Greetings {

	private final JdbcClient jdbc;

	Greetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next customers a due occasion may greet, at most {@code limit}, with ids after {@code afterId} in id order: by
	 * their care profiles alone (everyone for a festival, the day's birthdays read through the birthday indexes). Fewer
	 * than {@code limit}: the audience is done. A chunk of the job is these customers.
	 */
	public List<Long> candidates(GreetingDay.Due due, long afterId, int limit) {
		List<Object> params = new ArrayList<>(List.of(afterId));
		String sql = "select p.customer_id from care_profile p where p.customer_id > ?\n" + audience(due, params)
				+ " order by p.customer_id limit ?";
		params.add(limit);
		return jdbc.sql(sql).params(params).query(Long.class).list();
	}

	/**
	 * Queues the greetings of one due occasion to those of the given customers it greets, and answers them: customers
	 * not closed, not restricted (PIPL: a deletion asked, the law keeps the data), named by the occasion's setting,
	 * not opted out of their channel, for marketing with marketing consent, and not greeted for the occasion this
	 * year yet. The unique key keeps any greeting from being queued twice.
	 * <p>
	 * The statement starts from the chunk's customer ids ({@code unnest}) and finds everything else with one index
	 * look-up per customer: the profile, the customer, the consent, an earlier greeting, an opt-out — each check a
	 * scalar subquery, which PostgreSQL does not turn into a join. Whatever the statistics say, a chunk then costs
	 * the same. Written as joins, {@code exists} and {@code not exists} over the customers after a given id, the plans
	 * followed the statistics of the moment — and at the start of a festival day those say that no one has been greeted
	 * for the occasion this year: PostgreSQL read the consents, the greetings or the day's profiles whole into memory
	 * once per chunk and compared each customer with every one of them, while each chunk added ten thousand
	 * greetings — quadratic: one chunk of 10,000 took 85 s at 100,000 customers on a loaded machine.
	 */
	public List<Queued> queue(GreetingDay.Due due, boolean marketing, List<Long> customerIds, Instant at) {
		List<Object> params = new ArrayList<>(List.of(due.occasion().name(), due.year(), Date.valueOf(due.day()),
				Timestamp.from(at), customerIds.toArray(Long[]::new), due.occasion().name(), due.occasion().name(),
				due.year()));
		String sql = """
				insert into care_greeting (customer_id, occasion, year, greet_on, channel, language, status, created_at)
				select r.id, ?, ?, ?, p.channel, p.language, 'QUEUED', ?
				from unnest(cast(? as bigint[])) as k(id)
				join customer_ref r on r.id = k.id
				join care_profile p on p.customer_id = k.id
				join care_occasion o on o.occasion = ?
				where o.enabled and r.status <> 'CLOSED' and not r.restricted
				  and (select g.id from care_greeting g where g.customer_id = r.id and g.occasion = ? and g.year = ?) is null
				  and (cardinality(o.tiers) = 0 or r.tier = any(o.tiers))
				  and (cardinality(o.customer_types) = 0 or r.type = any(o.customer_types))
				  and (select x.customer_id from care_opt_out x where x.customer_id = r.id and x.channel = p.channel) is null
				""" + audience(due, params) + (marketing ? """
				  and coalesce((select c.granted from customer_consent_ref c
				                where c.customer_id = r.id and c.purpose = 'MARKETING'), false)
				""" : "") + """
				on conflict on constraint care_greeting_once do nothing
				returning id, customer_id, occasion, channel, language""";
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new Queued(rs.getLong("id"), rs.getLong("customer_id"),
					Occasion.valueOf(rs.getString("occasion")), Channel.valueOf(rs.getString("channel")),
					rs.getString("language")))
			.list();
	}

	/**
	 * Adds the to-dos of account managers for a day's occasions of customers of the budgeted tiers; answers how many
	 * are new.
	 */
	public int plan(GreetingDay.Due due, Map<String, BigDecimal> budgets, Instant at) {
		List<String> tiers = new ArrayList<>(budgets.keySet());
		List<Object> params = new ArrayList<>(List.of(due.occasion().name(), due.year(), Date.valueOf(due.day()),
				Timestamp.from(at), tiers.toArray(String[]::new),
				tiers.stream().map(budgets::get).toArray(BigDecimal[]::new), due.occasion().name()));
		String sql = """
				insert into care_task (customer_id, manager_id, occasion, year, due_on, tier, gift_budget, created_at)
				select r.id, r.manager_id, ?, ?, ?, r.tier, b.budget, ?
				from customer_ref r
				join unnest(cast(? as text[]), cast(? as numeric[])) as b(tier, budget) on b.tier = r.tier
				join care_profile p on p.customer_id = r.id
				join care_occasion o on o.occasion = ?
				where o.enabled and r.status <> 'CLOSED' and not r.restricted and r.manager_id is not null
				  and (cardinality(o.customer_types) = 0 or r.type = any(o.customer_types))
				""" + audience(due, params) + """
				on conflict on constraint care_task_once do nothing""";
		return jdbc.sql(sql).params(params).update();
	}

	private static String audience(GreetingDay.Due due, List<Object> params) {
		return switch (due.kind()) {
			case FESTIVAL -> "";
			case GREGORIAN_BIRTHDAY -> {
				params.add(due.month());
				params.add(due.days().toArray(Integer[]::new));
				yield " and not p.lunar_birthday and p.birth_month = ? and p.birth_day = any(cast(? as smallint[]))\n";
			}
			case LUNAR_BIRTHDAY -> {
				params.add(due.month());
				params.add(due.days().toArray(Integer[]::new));
				yield " and p.lunar_birthday and p.lunar_month = ? and p.lunar_day = any(cast(? as smallint[]))\n";
			}
		};
	}

	/** Marks greetings that found no address for their channel. */
	public void noAddress(List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("update care_greeting set status = 'NO_ADDRESS' where id = any(?)").param(ids.toArray(Long[]::new))
				.update();
		}
	}

	public List<GreetingView> ofCustomer(long customerId, int limit) {
		return jdbc.sql("select * from care_greeting where customer_id = ? order by greet_on desc, id desc limit ?")
			.params(customerId, limit)
			.query((rs, n) -> new GreetingView(rs.getLong("id"), rs.getLong("customer_id"),
					Occasion.valueOf(rs.getString("occasion")), rs.getInt("year"), rs.getObject("greet_on", LocalDate.class),
					Channel.valueOf(rs.getString("channel")), rs.getString("language"), rs.getString("status"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** How many greetings of each occasion went out on a day, by status. */
	public List<Map<String, Object>> countsOn(LocalDate day) {
		return jdbc.sql("""
				select occasion, status, count(*) as n from care_greeting where greet_on = ?
				group by occasion, status order by occasion, status""").param(Date.valueOf(day)).query().listOfRows();
	}

	/** To-dos of one manager (or of one customer), open ones from {@code from} on, newest occasion last. */
	public List<CareTask> tasks(Long managerId, Long customerId, LocalDate from, int limit) {
		return tasks(managerId, customerId, from, limit, 0);
	}

	/** The to-dos of {@link #tasks(Long, Long, LocalDate, int)} from the {@code offset}-th on. */
	public List<CareTask> tasks(Long managerId, Long customerId, LocalDate from, int limit, long offset) {
		List<Object> params = new ArrayList<>();
		String where = taskFilter(managerId, customerId, from, params);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("""
				select t.*, r.customer_no from care_task t join customer_ref r on r.id = t.customer_id
				where """ + " " + where + " order by t.due_on, t.id limit ? offset ?")
			.params(params)
			.query((rs, n) -> new CareTask(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_no"), null,
					rs.getLong("manager_id"), Occasion.valueOf(rs.getString("occasion")),
					rs.getObject("due_on", LocalDate.class), rs.getString("tier"), rs.getBigDecimal("gift_budget"),
					rs.getObject("done_at", OffsetDateTime.class) == null ? null
							: rs.getObject("done_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** How many to-dos {@link #tasks(Long, Long, LocalDate, int)} finds in all. */
	public long taskCount(Long managerId, Long customerId, LocalDate from) {
		List<Object> params = new ArrayList<>();
		String where = taskFilter(managerId, customerId, from, params);
		return jdbc.sql("select count(*) from care_task t join customer_ref r on r.id = t.customer_id where " + where)
			.params(params).query(Long.class).single();
	}

	private static String taskFilter(Long managerId, Long customerId, LocalDate from, List<Object> params) {
		StringBuilder where = new StringBuilder("true");
		if (managerId != null) {
			where.append(" and t.manager_id = ? and t.done_at is null");
			params.add(managerId);
		}
		if (customerId != null) {
			where.append(" and t.customer_id = ?");
			params.add(customerId);
		}
		if (from != null) {
			where.append(" and t.due_on >= ?");
			params.add(Date.valueOf(from));
		}
		return where.toString();
	}

	/** Marks a manager's to-do done; answers whether it was open and the manager's. */
	public boolean done(long id, long managerId, Instant at) {
		return jdbc.sql("update care_task set done_at = ? where id = ? and manager_id = ? and done_at is null")
			.params(Timestamp.from(at), id, managerId).update() == 1;
	}

	/** A greeting just queued. */
	public record Queued(long id, long customerId, Occasion occasion, Channel channel, String language) {
	}
}
