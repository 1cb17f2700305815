package org.clientcare.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.customer.Consent;
import org.clientcare.customer.CustomerRef;
import org.clientcare.customer.CustomerScope;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerType;
import org.clientcare.customer.FinancialProfile;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.ListCount;
import org.clientcare.shared.ListCounts;
import org.clientcare.shared.jdbc.VersionedUpdate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer table. Every read that answers a caller takes a {@link CustomerScope}. */
@Repository
public class Customers {

	private final JdbcClient jdbc;

	private final ListCounts counts;

	Customers(JdbcClient jdbc, ListCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/**
	 * The customers with the tier the tiering module gives them ({@code tier_ref}, {@code null}: untiered). A statement
	 * that neither shows nor filters the tier does not read it: PostgreSQL removes the unused left join to its key.
	 */
	private static final String FROM = "customer c left join tier_ref t on t.customer_id = c.id";

	/**
	 * The columns a list shows: each ciphertext only where its masked form is missing (a row not filled yet), since the
	 * list shows the masked forms and nothing else of the PII — a page of 20 then carries and decodes no ciphertext.
	 */
	private static final String LISTED = """
			c.id, c.customer_no, c.type, c.name, c.id_type, c.id_expiry, c.gender, c.occupation, c.family_status,
			c.status, c.org_unit_id, c.manager_id, c.relationship_since, c.contact_verified_at, c.created_at,
			c.updated_at, c.version, c.restricted_at, c.fortune_global_500, c.china_top_500, c.bank_branch,
			c.id_number_masked, c.birth_date_masked, c.phone_masked, c.email_masked, c.address_masked,
			case when c.id_number_masked is null then c.id_number_enc end as id_number_enc,
			case when c.birth_date_masked is null then c.birth_date_enc end as birth_date_enc,
			case when c.phone_masked is null then c.phone_enc end as phone_enc,
			case when c.email_masked is null then c.email_enc end as email_enc,
			case when c.address_masked is null then c.address_enc end as address_enc""";

	private static ScopeFilter scope(CustomerScope scope) {
		return ScopeFilter.of(scope);
	}

	/** Inserts a new customer and returns its id; the customer number comes from a sequence. */
	public long insert(NewCustomer c) {
		return jdbc.sql("""
				insert into customer (customer_no, type, name, id_type, id_number_enc, id_number_hash, id_expiry,
				  birth_date_enc, gender, phone_enc, phone_hash, email_enc, address_enc, occupation, family_status, status,
				  org_unit_id, manager_id, relationship_since, contact_verified_at, created_at, updated_at,
				  id_number_masked, birth_date_masked, phone_masked, email_masked, address_masked)
				values ('C' || lpad(nextval('customer_no_seq')::text, 10, '0'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(c.type(), c.name(), c.idType(), c.idNumberEnc(), c.idNumberHash(), c.idExpiry(), c.birthDateEnc(),
					c.gender(), c.phoneEnc(), c.phoneHash(), c.emailEnc(), c.addressEnc(), c.occupation(),
					c.familyStatus(), c.status(), c.orgUnitId(), c.managerId(), c.relationshipSince(),
					Timestamp.from(c.now()), Timestamp.from(c.now()), Timestamp.from(c.now()), c.masked().idNumber(),
					c.masked().birthDate(), c.masked().phone(), c.masked().email(), c.masked().address())
			.query(Long.class).single();
	}

	public Optional<CustomerRow> find(long id, CustomerScope scope) {
		ScopeFilter filter = scope(scope);
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(filter.params());
		return jdbc.sql("select c.*, t.tier from " + FROM + " where c.id = ? and " + filter.sql()).params(params)
			.query(Customers::row).optional();
	}

	/**
	 * The customer in scope with its financial profile and current consents, in one statement: the columns a list
	 * reads ({@link #LISTED}: no ciphertext where the masked form is stored), the profile's columns named
	 * {@code profile_…}, and the consents as {@link Consents#CURRENT_ARRAYS} gives them.
	 */
	public Optional<Detail> findDetail(long id, CustomerScope scope) {
		ScopeFilter filter = scope(scope);
		List<Object> params = new ArrayList<>();
		params.add(id);
		params.addAll(filter.params());
		return jdbc.sql("select " + LISTED + ", t.tier, " + PROFILE + ", k.* from " + FROM
				+ " left join customer_financial_profile p on p.customer_id = c.id left join lateral ("
				+ Consents.CURRENT_ARRAYS + ") k on true where c.id = ? and " + filter.sql())
			.params(params)
			.query((rs, n) -> new Detail(row(rs, n), FinancialProfiles.read(rs, "profile_"), Consents.readCurrent(rs)))
			.optional();
	}

	/** A customer's row with its financial profile ({@code null}: none yet) and current consents. */
	public record Detail(CustomerRow row, FinancialProfile profile, List<Consent> consents) {
	}

	private static final String PROFILE = """
			p.cash as profile_cash, p.deposits as profile_deposits, p.real_estate as profile_real_estate,
			p.stocks as profile_stocks, p.funds as profile_funds, p.wealth_products as profile_wealth_products,
			p.insurance as profile_insurance, p.other_assets as profile_other_assets, p.mortgage as profile_mortgage,
			p.car_loan as profile_car_loan, p.credit_card as profile_credit_card,
			p.other_liabilities as profile_other_liabilities, p.salary_income as profile_salary_income,
			p.investment_income as profile_investment_income, p.other_income as profile_other_income,
			p.goals as profile_goals, p.updated_at as profile_updated_at""";

	/** Light references of the customers in scope among {@code ids}: no encrypted column is read. */
	public List<CustomerRef> refs(java.util.Collection<Long> ids, CustomerScope scope) {
		ScopeFilter filter = scope(scope);
		List<Object> params = new ArrayList<>();
		params.add(ids.toArray(Long[]::new));
		params.addAll(filter.params());
		return jdbc.sql("""
				select c.id, c.customer_no, c.type, c.name, c.status, c.org_unit_id, c.manager_id, t.tier,
				  c.relationship_since, c.id_expiry, c.restricted_at
				from customer c left join tier_ref t on t.customer_id = c.id
				where c.id = any(?) and""" + " " + filter.sql())
			.params(params).query(Customers::ref).list();
	}

	/** The ids of the restricted customers among {@code ids}. */
	public java.util.Set<Long> restrictedAmong(java.util.Collection<Long> ids) {
		return new java.util.HashSet<>(jdbc.sql("select id from customer where id = any(?) and restricted_at is not null")
			.param(ids.toArray(Long[]::new)).query(Long.class).list());
	}

	/** The encrypted birth date, mobile number and e-mail address of the customers in scope among {@code ids}. */
	public List<Sealed> sealedContacts(java.util.Collection<Long> ids, CustomerScope scope) {
		ScopeFilter filter = scope(scope);
		List<Object> params = new ArrayList<>();
		params.add(ids.toArray(Long[]::new));
		params.addAll(filter.params());
		return jdbc.sql("select c.id, c.birth_date_enc, c.phone_enc, c.email_enc from customer c where c.id = any(?) and "
				+ filter.sql())
			.params(params)
			.query((rs, n) -> new Sealed(rs.getLong("id"), rs.getBytes("birth_date_enc"), rs.getBytes("phone_enc"),
					rs.getBytes("email_enc")))
			.list();
	}

	/** A customer's encrypted birth date and contact data. */
	public record Sealed(long id, byte[] birthDateEnc, byte[] phoneEnc, byte[] emailEnc) {
	}

	/**
	 * Waits until no other transaction registers the same document, and keeps others waiting until this one ends (a
	 * transaction-scoped advisory lock on the document's hash).
	 */
	public void lockDocument(String idType, byte[] idNumberHash) {
		long key = java.nio.ByteBuffer.wrap(idNumberHash, 0, Long.BYTES).getLong() ^ idType.hashCode();
		jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query((rs, n) -> 1).list();
	}

	/** The id of the customer holding a document, whatever the scope (for the one-per-document rule). */
	public Optional<Long> holderOf(String idType, byte[][] idNumberHashes) {
		return jdbc.sql("select id from customer where id_type = ? and id_number_hash in (?, ?) order by id limit 1")
			.params(idType, idNumberHashes[0], idNumberHashes[1]).query(Long.class).optional();
	}

	/**
	 * A page of customers in scope matching the criteria, ordered by id. Unless the criteria filter on the tier, the
	 * tier of each customer of the page is looked up by its key: joined, the planner merges the whole tier table in id
	 * order with the customers it scans, reading the tiers of every customer the scan passes over (up to 1,500 pages
	 * for a page of 20 of a common surname at 1,000,000 customers) instead of those of the 20 (about 150).
	 */
	public List<CustomerRow> search(Criteria criteria, CustomerScope scope, int page, int size) {
		var where = where(criteria, scope);
		where.params().add(size);
		where.params().add((long) page * size);
		String select = criteria.tier() == null
				? "select " + LISTED + ", (select t.tier from tier_ref t where t.customer_id = c.id) as tier from customer c"
				: "select " + LISTED + ", t.tier from " + FROM;
		return jdbc.sql(select + " where " + where.sql() + " order by c.id limit ? offset ?").params(where.params())
			.query(Customers::row).list();
	}

	/**
	 * The number of customers in scope matching the criteria; large numbers estimated as {@link ListCounts} does. The
	 * tier is joined only when the criteria filter on it: PostgreSQL removes the unused left join, but still treats
	 * {@code c.id} as read, which rules out an index-only scan of the scope and name indexes (the first 1,001 of a
	 * common surname's 26,000 matches then cost 800 heap pages, 10 ms, instead of 18 index pages, 0.3 ms).
	 */
	public ListCount count(Criteria criteria, CustomerScope scope) {
		var where = where(criteria, scope);
		return counts.count("from " + (criteria.tier() == null ? "customer c" : FROM) + " where " + where.sql(),
				where.params());
	}

	public List<Long> managedBy(long managerId) {
		return jdbc.sql("select id from customer where manager_id = ?").param(managerId).query(Long.class).list();
	}

	/** Counts by status within scope. */
	public Map<String, Long> countByStatus(CustomerScope scope) {
		ScopeFilter filter = scope(scope);
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select c.status, count(*) from customer c where " + filter.sql() + " group by c.status")
			.params(filter.params()).query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * Writes changed columns if the stored version is still {@code expectedVersion}; returns whether it was.
	 * Column names come from this module's code only, never from callers.
	 */
	public boolean update(long id, long expectedVersion, Map<String, Object> columns, Instant now) {
		return VersionedUpdate.apply(jdbc, "customer", id, expectedVersion, columns, now);
	}

	/**
	 * Sets the manager of the given customers in scope that are not closed and still have {@code fromManagerId}
	 * ({@code null}: none); returns the ids changed.
	 */
	public List<Long> changeManager(List<Long> ids, Long fromManagerId, long toManagerId, CustomerScope scope, Instant now) {
		ScopeFilter filter = scope(scope);
		List<Object> params = new ArrayList<>(java.util.Arrays.asList(toManagerId, Timestamp.from(now),
				ids.toArray(Long[]::new), fromManagerId));
		params.addAll(filter.params());
		return jdbc.sql("""
				update customer c set manager_id = ?, version = c.version + 1, updated_at = ?
				where c.id = any(?) and c.manager_id is not distinct from cast(? as bigint) and c.status <> 'CLOSED' and """
				+ " " + filter.sql() + " returning c.id").params(params).query(Long.class).list();
	}

	/** Sets when the customer's contact data was last verified; false when there is no such customer. */
	public boolean contactVerified(long id, Instant now) {
		return jdbc.sql("update customer set contact_verified_at = ?, version = version + 1, updated_at = ? where id = ?")
			.params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), id).update() == 1;
	}

	/** Puts a customer into the restricted state; false when it already is. */
	public boolean restrict(long id, String reason, Instant now) {
		return jdbc.sql("""
				update customer set restricted_at = ?, restricted_reason = ?, version = version + 1, updated_at = ?
				where id = ? and restricted_at is null""")
			.params(java.sql.Timestamp.from(now), reason, java.sql.Timestamp.from(now), id).update() == 1;
	}

	/**
	 * Removes the PII and search hashes of those customers not anonymised yet and replaces their names; answers the
	 * ids it anonymised.
	 */
	public List<Long> anonymise(Long[] ids, Instant now) {
		return jdbc.sql("""
				update customer set name = '已匿名客户 ' || customer_no, id_number_enc = null, id_number_hash = null,
				  birth_date_enc = null, phone_enc = null, phone_hash = null, email_enc = null, address_enc = null,
				  id_number_masked = null, birth_date_masked = null, phone_masked = null, email_masked = null,
				  address_masked = null,
				  occupation = null, family_status = null, restricted_reason = null, anonymised_at = ?,
				  version = version + 1, updated_at = ?
				where id = any(?) and anonymised_at is null
				returning id""")
			.params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), ids).query(Long.class).list();
	}

	private Where where(Criteria c, CustomerScope scope) {
		ScopeFilter filter = scope(scope);
		StringBuilder sql = new StringBuilder(filter.sql());
		List<Object> params = new ArrayList<>(filter.params());
		if (c.namePrefix() != null || c.phoneHash() != null || c.idNumberHash() != null) {
			List<String> alternatives = new ArrayList<>();
			if (c.namePrefix() != null) {
				alternatives.add("c.name like ?");
				params.add(c.namePrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			if (c.phoneHash() != null) {
				alternatives.add("c.phone_hash in (?, ?)");
				params.add(c.phoneHash()[0]);
				params.add(c.phoneHash()[1]);
			}
			if (c.idNumberHash() != null) {
				alternatives.add("c.id_number_hash in (?, ?)");
				params.add(c.idNumberHash()[0]);
				params.add(c.idNumberHash()[1]);
			}
			sql.append(" and (").append(String.join(" or ", alternatives)).append(")");
		}
		if (c.tier() != null) {
			sql.append(" and t.tier = ?");
			params.add(c.tier());
		}
		if (c.managerId() != null) {
			sql.append(" and c.manager_id = ?");
			params.add(c.managerId());
		}
		if (c.orgUnitIds() != null) {
			sql.append(" and c.org_unit_id = any(?)");
			params.add(c.orgUnitIds().toArray(Long[]::new));
		}
		if (c.status() != null) {
			sql.append(" and c.status = ?");
			params.add(c.status());
		}
		if (c.unassignedOnly()) {
			sql.append(" and c.manager_id is null and c.status <> 'CLOSED'");
		}
		return new Where(sql.toString(), params);
	}

	private static CustomerRow row(ResultSet rs, int n) throws SQLException {
		return new CustomerRow(rs.getLong("id"), rs.getString("customer_no"), rs.getString("type"), rs.getString("name"),
				rs.getString("id_type"), rs.getBytes("id_number_enc"), rs.getObject("id_expiry", LocalDate.class),
				rs.getBytes("birth_date_enc"), rs.getString("gender"), rs.getBytes("phone_enc"), rs.getBytes("email_enc"),
				rs.getBytes("address_enc"), rs.getString("occupation"), rs.getString("family_status"),
				rs.getString("status"), rs.getLong("org_unit_id"), (Long) rs.getObject("manager_id"),
				rs.getObject("relationship_since", LocalDate.class), rs.getString("tier"),
				instant(rs, "contact_verified_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getLong("version"), instant(rs, "restricted_at"), rs.getBoolean("fortune_global_500"),
				rs.getBoolean("china_top_500"), rs.getString("bank_branch"),
				new MaskedPii(rs.getString("id_number_masked"), rs.getString("birth_date_masked"),
						rs.getString("phone_masked"), rs.getString("email_masked"), rs.getString("address_masked")));
	}

	private static CustomerRef ref(ResultSet rs, int n) throws SQLException {
		return new CustomerRef(new CustomerId(rs.getLong("id")), rs.getString("customer_no"),
				CustomerType.valueOf(rs.getString("type")), rs.getString("name"), CustomerStatus.valueOf(rs.getString("status")),
				rs.getLong("org_unit_id"), (Long) rs.getObject("manager_id"), rs.getString("tier"),
				rs.getObject("relationship_since", LocalDate.class), rs.getObject("id_expiry", LocalDate.class),
				rs.getObject("restricted_at") != null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private record Where(String sql, List<Object> params) {
	}

	/** Search criteria with the query already turned into a name prefix and keyed hashes. */
	public record Criteria(String namePrefix, byte[][] phoneHash, byte[][] idNumberHash, String tier, Long managerId,
			java.util.Set<Long> orgUnitIds, String status, boolean unassignedOnly) {
	}

	/** A customer to insert, PII already encrypted and hashed, with its masked forms. */
	public record NewCustomer(String type, String name, String idType, byte[] idNumberEnc, byte[] idNumberHash,
			LocalDate idExpiry, byte[] birthDateEnc, String gender, byte[] phoneEnc, byte[] phoneHash, byte[] emailEnc,
			byte[] addressEnc, String occupation, String familyStatus, String status, long orgUnitId, Long managerId,
			LocalDate relationshipSince, Instant now, MaskedPii masked) {
	}
}
