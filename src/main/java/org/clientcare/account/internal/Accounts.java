package org.clientcare.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clientcare.account.Account;
import org.clientcare.account.AccountKind;
import org.clientcare.account.AccountStatus;
import org.clientcare.account.OpenAccount;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} table (one row per external id) and {@code account_status_change} (each change, kept). */
@Repository
public class Accounts {

	private static final String SELECT = "select a.* from account a";

	private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getLong("id"), rs.getString("external_id"),
			rs.getLong("customer_id"), AccountKind.valueOf(rs.getString("kind")),
			AccountStatus.valueOf(rs.getString("status")), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
			rs.getString("org_unit_code"), rs.getObject("status_since", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a reported opening; answers it, or nothing when its external id was recorded meanwhile. */
	public Optional<Account> insert(OpenAccount report, long orgUnitId, Instant openedAt, Instant now, String by) {
		Optional<Long> id = jdbc.sql("""
				insert into account (external_id, customer_id, kind, status, opened_at, org_unit_id, org_unit_code,
				  status_since, recorded_at, recorded_by)
				values (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?) on conflict (external_id) do nothing returning id""")
			.params(report.externalId(), report.customerId(), report.kind().name(), Timestamp.from(openedAt), orgUnitId,
					report.orgUnit(), Timestamp.from(openedAt), Timestamp.from(now), by)
			.query(Long.class).optional();
		return id.map(this::byId);
	}

	public Optional<Account> byExternalId(String externalId) {
		return jdbc.sql(SELECT + " where a.external_id = ?").param(externalId).query(ROW).optional();
	}

	/** The account, its row locked until the transaction ends (status changes of one account one after another). */
	public Optional<Account> lockByExternalId(String externalId) {
		Optional<Long> id = jdbc.sql("select id from account where external_id = ? for update").param(externalId)
			.query(Long.class).optional();
		return id.map(this::byId);
	}

	public Account changeStatus(long id, AccountStatus from, AccountStatus to, Instant at, Instant now, String by) {
		jdbc.sql("update account set status = ?, status_since = ? where id = ?").params(to.name(), Timestamp.from(at), id)
			.update();
		jdbc.sql("""
				insert into account_status_change (account_id, from_status, to_status, changed_at, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?)""").params(id, from.name(), to.name(), Timestamp.from(at), Timestamp.from(now), by)
			.update();
		return byId(id);
	}

	public long orgUnitId(long id) {
		return jdbc.sql("select org_unit_id from account where id = ?").param(id).query(Long.class).single();
	}

	/** A customer's accounts, newest first. */
	public List<Account> ofCustomer(long customerId) {
		return jdbc.sql(SELECT + " where a.customer_id = ? order by a.opened_at desc, a.id desc").param(customerId)
			.query(ROW).list();
	}

	private Account byId(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ROW).single();
	}
}
