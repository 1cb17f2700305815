package org.clientcare.entitlement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grants of entitlements ({@code entitlement_grant}): one active grant per customer and kind, brought in line with
 * the catalogue for the tier the customer has now (read from the published {@code customer_ref}).
 */
@Repository
public class Grants {

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A grant with the kind's names, for reading. */
	public record GrantRow(long customerId, String code, String nameZh, String nameEn, String tier, Integer quota,
			Instant grantedAt) {
	}

	/**
	 * Withdraws the active grants of these customers that their tier no longer carries (or carries with another quota)
	 * and grants what it carries and they lack. Idempotent: a second run with nothing changed writes nothing.
	 *
	 * @return the number of grants withdrawn and granted
	 */
	public int[] reconcile(Collection<Long> customerIds, Instant now) {
		if (customerIds.isEmpty()) {
			return new int[] { 0, 0 };
		}
		Long[] ids = customerIds.toArray(Long[]::new);
		int withdrawn = jdbc.sql("""
				update entitlement_grant g set withdrawn_at = ?
				where g.customer_id = any(?) and g.withdrawn_at is null
				  and not exists (select 1 from customer_ref r join entitlement_catalogue c
				      on c.customer_type = r.type and c.tier = r.tier
				    where r.id = g.customer_id and c.code = g.code and c.tier = g.tier
				      and c.yearly_quota is not distinct from g.yearly_quota)""")
			.params(Timestamp.from(now), ids).update();
		int granted = jdbc.sql("""
				insert into entitlement_grant (customer_id, code, tier, yearly_quota, granted_at)
				select r.id, c.code, r.tier, c.yearly_quota, ?
				from customer_ref r join entitlement_catalogue c on c.customer_type = r.type and c.tier = r.tier
				where r.id = any(?)
				on conflict (customer_id, code) where withdrawn_at is null do nothing""")
			.params(Timestamp.from(now), ids).update();
		return new int[] { withdrawn, granted };
	}

	/**
	 * The customers with ids in {@code after < id <= upTo} whose tier changed at {@code at}: a chunk of the nightly
	 * tiering, read from the tiering module's published {@code tier_change_ref}.
	 */
	public List<Long> tierChanged(long after, long upTo, Instant at) {
		return jdbc.sql("""
				select customer_id from tier_change_ref
				where customer_id > ? and customer_id <= ? and changed_at = ? order by customer_id""")
			.params(after, upTo, Timestamp.from(at)).query(Long.class).list();
	}

	/** Every customer with a tier, in chunks by id: for a reconciliation of all (the demo, a repair). */
	public List<Long> tieredCustomers(long after, int limit) {
		return jdbc.sql("select id from customer_ref where tier is not null and id > ? order by id limit ?")
			.params(after, limit).query(Long.class).list();
	}

	/** The active grants of a customer, in catalogue order. */
	public List<GrantRow> active(long customerId) {
		return jdbc.sql("""
				select g.customer_id, g.code, k.name_zh, k.name_en, g.tier, g.yearly_quota, g.granted_at
				from entitlement_grant g join entitlement_kind k on k.code = g.code
				where g.customer_id = ? and g.withdrawn_at is null order by k.position""")
			.param(customerId).query(Grants::row).list();
	}

	/** The active grant of one kind, locked until the transaction ends, so that uses of it are counted one at a time. */
	public Optional<GrantRow> lockActive(long customerId, String code) {
		return jdbc.sql("""
				select g.customer_id, g.code, k.name_zh, k.name_en, g.tier, g.yearly_quota, g.granted_at
				from entitlement_grant g join entitlement_kind k on k.code = g.code
				where g.customer_id = ? and g.code = ? and g.withdrawn_at is null for update of g""")
			.params(customerId, code).query(Grants::row).optional();
	}

	/** Whether a kind of entitlement exists in the catalogue. */
	public boolean kindExists(String code) {
		return jdbc.sql("select count(*) from entitlement_kind where code = ?").param(code).query(Long.class).single() > 0;
	}

	/** The names of a kind: Chinese, English. */
	public Optional<String[]> names(String code) {
		return jdbc.sql("select name_zh, name_en from entitlement_kind where code = ?").param(code)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).optional();
	}

	private static GrantRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		int value = rs.getInt("yearly_quota");
		Integer quota = rs.wasNull() ? null : value;
		return new GrantRow(rs.getLong("customer_id"), rs.getString("code"), rs.getString("name_zh"),
				rs.getString("name_en"), rs.getString("tier"), quota,
				rs.getTimestamp("granted_at").toInstant());
	}
}
