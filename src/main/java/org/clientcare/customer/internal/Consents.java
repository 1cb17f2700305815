package org.clientcare.customer.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientcare.customer.Consent;
import org.clientcare.customer.ConsentPurpose;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent records: never updated, each grant or withdrawal is a new row. */
@Repository
public class Consents {

	private static final RowMapper<Consent> ROW = (rs, n) -> new Consent(ConsentPurpose.valueOf(rs.getString("purpose")),
			rs.getBoolean("granted"), rs.getString("channel"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
			rs.getString("recorded_by"));

	/**
	 * The latest record of each purpose of the customer whose id the {@code %s} names: the one rule of the current
	 * consents, for {@link #current} and {@link #CURRENT_ARRAYS}.
	 */
	private static final String LATEST = """
			select distinct on (purpose) purpose, granted, channel, recorded_at, recorded_by from customer_consent
			where customer_id = %s order by purpose, recorded_at desc, id desc""";

	private static final String INSERT = """
			insert into customer_consent (customer_id, purpose, granted, channel, recorded_at, recorded_by)
			values (?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Consents(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Records one grant or withdrawal. */
	public void add(long customerId, ConsentPurpose purpose, boolean granted, String channel, Instant at, String by) {
		jdbc.sql(INSERT).params(params(customerId, purpose, granted, channel, at, by)).update();
	}

	/**
	 * Records a grant or withdrawal of one purpose for many customers at once, each through the channel given for it,
	 * as {@link #add} does each: one batch of statements sent together, in the order given.
	 */
	public void addAll(ConsentPurpose purpose, boolean granted, Map<Long, String> channelByCustomer, Instant at,
			String by) {
		List<Object[]> rows = new ArrayList<>(channelByCustomer.size());
		channelByCustomer.forEach((customerId, channel) -> rows.add(params(customerId, purpose, granted, channel, at, by)));
		batch.batchUpdate(INSERT, rows);
	}

	private static Object[] params(long customerId, ConsentPurpose purpose, boolean granted, String channel, Instant at,
			String by) {
		return new Object[] { customerId, purpose.name(), granted, channel, Timestamp.from(at), by };
	}

	/** The latest record per purpose. */
	public List<Consent> current(long customerId) {
		return jdbc.sql(LATEST.formatted("?")).param(customerId).query(ROW).list();
	}

	/**
	 * The latest record per purpose, in the order of {@link #current}, as a statement of the customer's alias
	 * {@code c} reads them beside its row: {@code left join lateral (CURRENT_ARRAYS) k on true}, giving the arrays
	 * {@code k.consent_purposes}, {@code k.consent_granted}, {@code k.consent_channels}, {@code k.consent_recorded_at}
	 * and {@code k.consent_recorded_by} (null without any record), which {@link #readCurrent} reads.
	 */
	static final String CURRENT_ARRAYS = """
			select array_agg(x.purpose order by x.purpose) as consent_purposes,
			  array_agg(x.granted order by x.purpose) as consent_granted,
			  array_agg(x.channel order by x.purpose) as consent_channels,
			  array_agg(x.recorded_at order by x.purpose) as consent_recorded_at,
			  array_agg(x.recorded_by order by x.purpose) as consent_recorded_by
			from (%s) x""".formatted(LATEST.formatted("c.id"));

	/** The records {@link #CURRENT_ARRAYS} put in the current row. */
	static List<Consent> readCurrent(ResultSet rs) throws SQLException {
		Array purposes = rs.getArray("consent_purposes");
		if (purposes == null) {
			return List.of();
		}
		String[] purpose = (String[]) purposes.getArray();
		Boolean[] granted = (Boolean[]) rs.getArray("consent_granted").getArray();
		String[] channel = (String[]) rs.getArray("consent_channels").getArray();
		Timestamp[] recordedAt = (Timestamp[]) rs.getArray("consent_recorded_at").getArray();
		String[] recordedBy = (String[]) rs.getArray("consent_recorded_by").getArray();
		List<Consent> current = new ArrayList<>(purpose.length);
		for (int i = 0; i < purpose.length; i++) {
			current.add(new Consent(ConsentPurpose.valueOf(purpose[i]), granted[i], channel[i], recordedAt[i].toInstant(),
					recordedBy[i]));
		}
		return current;
	}

	/**
	 * Of the given customers, those whose latest record for the purpose grants it and who are not restricted (unless
	 * the purpose is the service itself): one statement for any number of customers.
	 */
	public Set<Long> granting(Collection<Long> customerIds, ConsentPurpose purpose) {
		if (customerIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select k.customer_id from (
				  select distinct on (customer_id) customer_id, granted from customer_consent
				  where customer_id = any(?) and purpose = ?
				  order by customer_id, recorded_at desc, id desc) k
				join customer c on c.id = k.customer_id
				where k.granted and (? or c.restricted_at is null)""")
			.params(customerIds.stream().distinct().toArray(Long[]::new), purpose.name(), purpose == ConsentPurpose.SERVICE)
			.query(Long.class).list());
	}

	public List<Consent> history(long customerId) {
		return jdbc.sql("select * from customer_consent where customer_id = ? order by recorded_at desc, id desc")
			.param(customerId).query(ROW).list();
	}
}
