package org.clientcare.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clientcare.identity.Role;
import org.clientcare.identity.StaffAccount;
import org.clientcare.identity.StaffUser;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff users with their password hashes and sign-in failure counts. */
@Repository
public class StaffUsers {

	private static final RowMapper<StaffUser> ROW = (rs, n) -> new StaffUser(rs.getLong("id"), rs.getString("username"),
			rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getLong("org_unit_id"),
			rs.getString("email"), rs.getBoolean("enabled"));

	private final JdbcClient jdbc;

	private final SignedInAccounts signedIn;

	StaffUsers(JdbcClient jdbc, SignedInAccounts signedIn) {
		this.jdbc = jdbc;
		this.signedIn = signedIn;
	}

	public StaffUser insert(String username, String displayName, Role role, long orgUnitId, String email, String hash) {
		return jdbc.sql("""
				insert into staff_user (username, display_name, role, org_unit_id, email, password_hash)
				values (?, ?, ?, ?, ?, ?) returning *""")
			.params(username, displayName, role.name(), orgUnitId, email, hash)
			.query(ROW).single();
	}

	public Optional<StaffUser> byUsername(String username) {
		return jdbc.sql("select * from staff_user where username = ?").param(username).query(ROW).optional();
	}

	public Optional<StaffUser> byId(long id) {
		return jdbc.sql("select * from staff_user where id = ?").param(id).query(ROW).optional();
	}

	public List<StaffUser> withRole(Role role) {
		return jdbc.sql("select * from staff_user where role = ? order by username").param(role.name()).query(ROW).list();
	}

	/**
	 * The enabled users employed by {@code day}: joined on or before it (the day recorded, or else the day the account
	 * was created in {@code zone}).
	 */
	public List<StaffUser> employedBy(java.time.LocalDate day, java.time.ZoneId zone) {
		return jdbc.sql("""
				select * from staff_user
				where enabled and coalesce(employed_since, (created_at at time zone ?)::date) <= ? order by username""")
			.params(zone.getId(), day).query(ROW).list();
	}

	/** Records the day the user joined; false for no such user. */
	public boolean employedSince(String username, java.time.LocalDate day) {
		return jdbc.sql("update staff_user set employed_since = ?, version = version + 1 where username = ?")
			.params(day, username).update() > 0;
	}

	public long count() {
		return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
	}

	/** What sign-in needs: the hash and lock state. */
	public Optional<Credentials> credentials(String username) {
		return jdbc.sql("select * from staff_user where username = ?").param(username)
			.query((rs, n) -> new Credentials(ROW.mapRow(rs, n), rs.getString("password_hash"),
					rs.getObject("locked_until", java.time.OffsetDateTime.class) == null ? null
							: rs.getObject("locked_until", java.time.OffsetDateTime.class).toInstant(),
					rs.getInt("failed_attempts")))
			.optional();
	}

	/**
	 * Counts a password check as a failed sign-in before it is made, in one statement and only while the account is not
	 * locked and has fewer than {@code limit} failures; answers the new count, or empty when no place was left.
	 */
	public Optional<Integer> reserveCheck(String username, int limit, Instant now) {
		return jdbc.sql("""
				update staff_user set failed_attempts = failed_attempts + 1
				where username = ? and failed_attempts < ? and (locked_until is null or locked_until <= ?)
				returning failed_attempts""")
			.params(username, limit, java.sql.Timestamp.from(now)).query(Integer.class).optional();
	}

	/** Locks the account when it has {@code limit} failures or more; answers the failures when it did. */
	public Optional<Integer> lockIfFailedAtLeast(String username, int limit, Instant until) {
		return jdbc.sql("""
				update staff_user u set locked_until = ?, failed_attempts = 0, version = version + 1
				from (select id, failed_attempts from staff_user where username = ? for update) before
				where u.id = before.id and before.failed_attempts >= ?
				returning before.failed_attempts""")
			.params(java.sql.Timestamp.from(until), username, limit).query(Integer.class).optional();
	}

	public void recordSuccess(String username) {
		jdbc.sql("update staff_user set failed_attempts = 0 where username = ? and failed_attempts > 0").param(username).update();
	}

	public void unlock(String username) {
		signedIn.forget(username);
		jdbc.sql("update staff_user set locked_until = null, failed_attempts = 0, version = version + 1 where username = ?")
			.param(username).update();
	}

	public List<StaffAccount> accounts() {
		return jdbc.sql("select * from staff_user order by username").query(StaffUsers::account).list();
	}

	/** Up to {@code limit} accounts by username, after the first {@code offset}. */
	public List<StaffAccount> accounts(long offset, int limit) {
		return jdbc.sql("select * from staff_user order by username limit ? offset ?").params(limit, offset)
			.query(StaffUsers::account).list();
	}

	private static StaffAccount account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var lockedUntil = rs.getObject("locked_until", java.time.OffsetDateTime.class);
		return new StaffAccount(ROW.mapRow(rs, n), lockedUntil == null ? null : lockedUntil.toInstant());
	}

	public record Credentials(StaffUser user, String passwordHash, Instant lockedUntil, int failedAttempts) {
	}
}
