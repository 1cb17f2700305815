package org.clientcare.care.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.care.CareCalendar;
import org.clientcare.notification.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers' care preferences ({@code care_profile}), the channels they opted out of ({@code care_opt_out}) and the
 * single-use unsubscribe links ({@code care_unsubscribe_link}, hashes only).
 */
@Repository
public class CareProfiles {

	private final JdbcClient jdbc;

	CareProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} customers (of {@code customer_ref}) without a care profile yet, by id. */
	public List<Long> withoutProfile(long afterId, int limit) {
		return jdbc.sql("""
				select r.id from customer_ref r
				where r.id > ? and not exists (select 1 from care_profile p where p.customer_id = r.id)
				order by r.id limit ?""").params(afterId, limit).query(Long.class).list();
	}

	/**
	 * Writes the profiles of customers from their birth dates (none: no birthday greeting), keeping the preferences of
	 * a profile that exists; the lunar birthday is worked out once per distinct birth date.
	 */
	public void writeBirthdays(Map<Long, LocalDate> birthDates, Instant at) {
		Map<LocalDate, CareCalendar.LunarDate> lunar = new HashMap<>();
		int n = birthDates.size();
		Long[] ids = new Long[n];
		Integer[] months = new Integer[n];
		Integer[] days = new Integer[n];
		Integer[] lunarMonths = new Integer[n];
		Integer[] lunarDays = new Integer[n];
		int i = 0;
		for (var entry : birthDates.entrySet()) {
			ids[i] = entry.getKey();
			LocalDate born = entry.getValue();
			if (born != null && born.getYear() >= CareCalendar.FIRST_YEAR && born.getYear() <= CareCalendar.LAST_YEAR) {
				months[i] = born.getMonthValue();
				days[i] = born.getDayOfMonth();
				CareCalendar.LunarDate date = lunar.computeIfAbsent(born, CareCalendar::lunarDateOf);
				lunarMonths[i] = date.month();
				lunarDays[i] = date.day();
			}
			i++;
		}
		jdbc.sql("""
				insert into care_profile (customer_id, birth_month, birth_day, lunar_month, lunar_day, updated_at)
				select b.id, b.m, b.d, b.lm, b.ld, ?
				from unnest(cast(? as bigint[]), cast(? as smallint[]), cast(? as smallint[]), cast(? as smallint[]),
				  cast(? as smallint[])) as b(id, m, d, lm, ld)
				on conflict (customer_id) do update set birth_month = excluded.birth_month, birth_day = excluded.birth_day,
				  lunar_month = excluded.lunar_month, lunar_day = excluded.lunar_day, updated_at = excluded.updated_at""")
			.params(Timestamp.from(at), ids, months, days, lunarMonths, lunarDays).update();
	}

	public Optional<Profile> find(long customerId) {
		return jdbc.sql("select language, channel, lunar_birthday from care_profile where customer_id = ?")
			.param(customerId)
			.query((rs, n) -> new Profile(rs.getString("language"), Channel.valueOf(rs.getString("channel")),
					rs.getBoolean("lunar_birthday")))
			.optional();
	}

	/** Sets the preferences of a customer whose profile may not exist yet (its birthday is filled in later). */
	public void savePreferences(long customerId, String language, Channel channel, boolean lunarBirthday, Instant at) {
		jdbc.sql("""
				insert into care_profile (customer_id, language, channel, lunar_birthday, updated_at) values (?, ?, ?, ?, ?)
				on conflict (customer_id) do update set language = excluded.language, channel = excluded.channel,
				  lunar_birthday = excluded.lunar_birthday, updated_at = excluded.updated_at""")
			.params(customerId, language, channel.name(), lunarBirthday, Timestamp.from(at)).update();
	}

	public Set<Channel> optedOut(long customerId) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		jdbc.sql("select channel from care_opt_out where customer_id = ?").param(customerId).query(String.class).list()
			.forEach(c -> channels.add(Channel.valueOf(c)));
		return channels;
	}

	/** Records an opt-out; answers whether it is new. */
	public boolean optOut(long customerId, Channel channel, String source, Instant at) {
		return jdbc.sql("""
				insert into care_opt_out (customer_id, channel, opted_out_at, source) values (?, ?, ?, ?)
				on conflict do nothing""").params(customerId, channel.name(), Timestamp.from(at), source).update() == 1;
	}

	public boolean optIn(long customerId, Channel channel) {
		return jdbc.sql("delete from care_opt_out where customer_id = ? and channel = ?")
			.params(customerId, channel.name()).update() == 1;
	}

	/** Stores the hashes of new unsubscribe links. */
	public void addLinks(List<String> tokenHashes, List<Long> customerIds, List<String> channels, Instant at) {
		jdbc.sql("""
				insert into care_unsubscribe_link (token_hash, customer_id, channel, created_at)
				select h, c, ch, ? from unnest(cast(? as text[]), cast(? as bigint[]), cast(? as text[])) as l(h, c, ch)""")
			.params(Timestamp.from(at), tokenHashes.toArray(String[]::new), customerIds.toArray(Long[]::new),
					channels.toArray(String[]::new))
			.update();
	}

	/** Uses an unsubscribe link once: the customer and channel it opts out, empty when unknown or used. */
	public Optional<Link> useLink(String tokenHash, Instant at) {
		return jdbc.sql("""
				update care_unsubscribe_link set used_at = ? where token_hash = ? and used_at is null
				returning customer_id, channel""")
			.params(Timestamp.from(at), tokenHash)
			.query((rs, n) -> new Link(rs.getLong("customer_id"), Channel.valueOf(rs.getString("channel"))))
			.optional();
	}

	public record Profile(String language, Channel channel, boolean lunarBirthday) {
	}

	public record Link(long customerId, Channel channel) {
	}
}
