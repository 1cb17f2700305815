package org.clientcare.vip.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clientcare.approval.ApprovalStatus;
import org.clientcare.vip.CandidateStatus;
import org.clientcare.vip.ProgrammeStatus;
import org.clientcare.vip.VipFigures;
import org.clientcare.vip.VipLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme's tables: years ({@code vip_programme}), candidates, mid-year changes, cards, history and the services
 * of each level. State moves are conditional updates, so that two people acting at once cannot both move it.
 */
@Repository
public class Programmes {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final JdbcClient jdbc;

	Programmes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A year's programme row. */
	public record YearRow(int year, ProgrammeStatus status, Long approvalId, String submittedBy, Instant submittedAt,
			String decidedBy, Instant decidedAt) {
	}

	/** A candidate row. */
	public record CandidateRow(long id, int year, long customerId, long orgUnitId, VipLevel proposedLevel, VipLevel level,
			Integer rank, CandidateStatus status, VipFigures figures, String proposedBy, Instant proposedAt, String reason,
			LocalDate since) {
	}

	/** A mid-year change row. */
	public record ChangeRow(long id, int year, long customerId, VipLevel fromLevel, VipLevel toLevel, String reason,
			ApprovalStatus status, Long approvalId, String requestedBy, Instant requestedAt) {
	}

	/** A card row. */
	public record CardRow(long id, int year, long customerId, String holderName, String holderTitle,
			ApprovalStatus status, Long approvalId, String requestedBy, Instant requestedAt) {
	}

	/** A history row. */
	public record HistoryRow(int year, Instant at, String event, VipLevel fromLevel, VipLevel toLevel, String by,
			Long approvalId, String note) {
	}

	public Optional<YearRow> year(int year) {
		return jdbc.sql("select * from vip_programme where year = ?").param(year).query((rs, n) -> new YearRow(
				rs.getInt("year"), ProgrammeStatus.valueOf(rs.getString("status")), longOrNull(rs, "approval_id"),
				rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("decided_by"),
				instant(rs, "decided_at"))).optional();
	}

	/** Opens a year's programme as a draft unless it exists; true when this call opened it. */
	public boolean open(int year, String by, Instant at) {
		return jdbc.sql("""
				insert into vip_programme (year, status, created_at, created_by) values (?, 'DRAFT', ?, ?)
				on conflict (year) do nothing""").params(year, Timestamp.from(at), by).update() == 1;
	}

	/** Moves the year from one status to another; false when it was not in {@code from} any more. */
	public boolean move(int year, ProgrammeStatus from, ProgrammeStatus to) {
		return jdbc.sql("update vip_programme set status = ? where year = ? and status = ?")
			.params(to.name(), year, from.name()).update() == 1;
	}

	public void submitted(int year, long approvalId, String by, Instant at) {
		jdbc.sql("""
				update vip_programme set approval_id = ?, submitted_by = ?, submitted_at = ?, decided_by = null,
				  decided_at = null where year = ?""").params(approvalId, by, Timestamp.from(at), year).update();
	}

	public void decided(int year, String by, Instant at) {
		jdbc.sql("update vip_programme set decided_by = ?, decided_at = ? where year = ?")
			.params(by, Timestamp.from(at), year).update();
	}

	public long insertCandidate(int year, long customerId, long orgUnitId, VipLevel level, VipFigures figures,
			String by, Instant at, String reason) {
		return jdbc.sql("""
				insert into vip_candidate (year, customer_id, org_unit_id, proposed_level, level, status,
				  avg_daily_deposits, annual_contribution, growth_pct, relationship_years, figures_as_of, bad_credit,
				  proposed_by, proposed_at, reason)
				values (?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(year, customerId, orgUnitId, level.name(), level.name(), figures.avgDailyDeposits(),
					figures.annualContribution(), figures.growthPct(), figures.relationshipYears(),
					figures.asOf() == null ? null : Date.valueOf(figures.asOf()), figures.badCredit(), by,
					Timestamp.from(at), reason)
			.query(Long.class).single();
	}

	public Optional<CandidateRow> candidate(int year, long customerId) {
		return jdbc.sql("select * from vip_candidate where year = ? and customer_id = ?").params(year, customerId)
			.query(Programmes::candidate).optional();
	}

	/** The year's candidates, ranked: by head office's rank, then by average daily deposits. */
	public List<CandidateRow> candidates(int year) {
		return jdbc.sql("""
				select * from vip_candidate where year = ?
				order by rank nulls last, avg_daily_deposits desc nulls last, id""").param(year)
			.query(Programmes::candidate).list();
	}

	public void adjust(long id, VipLevel level, Integer rank, CandidateStatus status) {
		jdbc.sql("update vip_candidate set level = ?, rank = ?, status = ? where id = ?")
			.params(level.name(), rank, status.name(), id).update();
	}

	public int countProposed(int year) {
		return jdbc.sql("select count(*) from vip_candidate where year = ? and status = 'PROPOSED'").param(year)
			.query(Integer.class).single();
	}

	/** Admits every proposed candidate of the year from {@code since}; returns the customers admitted. */
	public List<CandidateRow> admitProposed(int year, LocalDate since) {
		List<CandidateRow> proposed = jdbc.sql("select * from vip_candidate where year = ? and status = 'PROPOSED'")
			.param(year).query(Programmes::candidate).list();
		jdbc.sql("update vip_candidate set status = 'MEMBER', since = ? where year = ? and status = 'PROPOSED'")
			.params(Date.valueOf(since), year).update();
		return proposed;
	}

	/** Sets a candidate's status (and level, and since when it becomes a member). */
	public void settle(int year, long customerId, CandidateStatus status, VipLevel level, LocalDate since) {
		jdbc.sql("""
				update vip_candidate set status = ?, level = coalesce(?, level), since = coalesce(?, since)
				where year = ? and customer_id = ?""")
			.params(status.name(), level == null ? null : level.name(), since == null ? null : Date.valueOf(since), year,
					customerId)
			.update();
	}

	public long insertChange(int year, long customerId, VipLevel from, VipLevel to, String reason, String by,
			Instant at) {
		return jdbc.sql("""
				insert into vip_change (year, customer_id, from_level, to_level, reason, status, requested_by, requested_at)
				values (?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
			.params(year, customerId, from == null ? null : from.name(), to == null ? null : to.name(), reason, by,
					Timestamp.from(at))
			.query(Long.class).single();
	}

	public void changeAwaits(long id, long approvalId) {
		jdbc.sql("update vip_change set approval_id = ? where id = ?").params(approvalId, id).update();
	}

	public boolean decideChange(long id, ApprovalStatus status, Instant at) {
		return jdbc.sql("update vip_change set status = ?, decided_at = ? where id = ? and status = 'PENDING'")
			.params(status.name(), Timestamp.from(at), id).update() == 1;
	}

	public List<ChangeRow> changes(int year) {
		return jdbc.sql("select * from vip_change where year = ? order by id desc").param(year)
			.query((rs, n) -> new ChangeRow(rs.getLong("id"), rs.getInt("year"), rs.getLong("customer_id"),
					level(rs, "from_level"), level(rs, "to_level"), rs.getString("reason"),
					ApprovalStatus.valueOf(rs.getString("status")), longOrNull(rs, "approval_id"),
					rs.getString("requested_by"), instant(rs, "requested_at")))
			.list();
	}

	public long insertCard(int year, long customerId, String holderName, String holderTitle, String by, Instant at) {
		return jdbc.sql("""
				insert into vip_card (year, customer_id, holder_name, holder_title, status, requested_by, requested_at)
				values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
			.params(year, customerId, holderName, holderTitle, by, Timestamp.from(at)).query(Long.class).single();
	}

	public void cardAwaits(long id, long approvalId) {
		jdbc.sql("update vip_card set approval_id = ? where id = ?").params(approvalId, id).update();
	}

	public boolean decideCard(long id, ApprovalStatus status, Instant at) {
		return jdbc.sql("update vip_card set status = ?, decided_at = ? where id = ? and status = 'PENDING'")
			.params(status.name(), Timestamp.from(at), id).update() == 1;
	}

	public List<CardRow> cards(int year) {
		return jdbc.sql("select * from vip_card where year = ? order by id desc").param(year).query(Programmes::card)
			.list();
	}

	public List<CardRow> cardsOf(long customerId, int year) {
		return jdbc.sql("select * from vip_card where customer_id = ? and year = ? order by id desc")
			.params(customerId, year).query(Programmes::card).list();
	}

	public void history(int year, long customerId, Instant at, String event, VipLevel from, VipLevel to, String by,
			Long approvalId, String note) {
		jdbc.sql("""
				insert into vip_history (year, customer_id, at, event, from_level, to_level, by_user, approval_id, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(year, customerId, Timestamp.from(at), event, from == null ? null : from.name(),
					to == null ? null : to.name(), by, approvalId, note)
			.update();
	}

	/** A customer's history over every year, newest first. */
	public List<HistoryRow> historyOf(long customerId) {
		return jdbc.sql("select * from vip_history where customer_id = ? order by at desc, id desc limit 200")
			.param(customerId)
			.query((rs, n) -> new HistoryRow(rs.getInt("year"), instant(rs, "at"), rs.getString("event"),
					level(rs, "from_level"), level(rs, "to_level"), rs.getString("by_user"), longOrNull(rs, "approval_id"),
					rs.getString("note")))
			.list();
	}

	/** The services of a level, in order: {name_zh, name_en}. */
	public List<String[]> services(VipLevel level) {
		return jdbc.sql("select name_zh, name_en from vip_service where level = ? order by position").param(level.name())
			.query((rs, n) -> new String[] { rs.getString("name_zh"), rs.getString("name_en") }).list();
	}

	/**
	 * A customer's figures on {@code day} from the tiering module's published {@code customer_figures_ref}: the latest
	 * report on or before the day, and growth against the latest report at least a year older.
	 */
	public VipFigures figures(long customerId, LocalDate day, Integer relationshipYears) {
		var latest = jdbc.sql("""
				select as_of, avg_daily_deposits, annual_contribution, bad_credit or litigation as bad
				from customer_figures_ref where customer_id = ? and as_of <= ? order by as_of desc limit 1""")
			.params(customerId, Date.valueOf(day))
			.query((rs, n) -> new Object[] { rs.getDate("as_of").toLocalDate(), rs.getBigDecimal("avg_daily_deposits"),
					rs.getBigDecimal("annual_contribution"), rs.getBoolean("bad") })
			.optional();
		if (latest.isEmpty()) {
			return new VipFigures(null, null, null, null, relationshipYears, false);
		}
		Object[] l = latest.get();
		LocalDate asOf = (LocalDate) l[0];
		BigDecimal deposits = (BigDecimal) l[1];
		BigDecimal growth = jdbc.sql("""
				select avg_daily_deposits from customer_figures_ref where customer_id = ? and as_of <= ?
				order by as_of desc limit 1""")
			.params(customerId, Date.valueOf(asOf.minusYears(1))).query(BigDecimal.class).optional()
			.filter(before -> before.signum() > 0)
			.map(before -> deposits.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP))
			.orElse(null);
		return new VipFigures(asOf, deposits, (BigDecimal) l[2], growth, relationshipYears, (Boolean) l[3]);
	}

	private static CandidateRow candidate(ResultSet rs, int n) throws SQLException {
		Date asOf = rs.getDate("figures_as_of");
		int years = rs.getInt("relationship_years");
		Integer relationship = rs.wasNull() ? null : years;
		int rank = rs.getInt("rank");
		Integer ranked = rs.wasNull() ? null : rank;
		Date since = rs.getDate("since");
		return new CandidateRow(rs.getLong("id"), rs.getInt("year"), rs.getLong("customer_id"), rs.getLong("org_unit_id"),
				level(rs, "proposed_level"), level(rs, "level"), ranked, CandidateStatus.valueOf(rs.getString("status")),
				new VipFigures(asOf == null ? null : asOf.toLocalDate(), rs.getBigDecimal("avg_daily_deposits"),
						rs.getBigDecimal("annual_contribution"), rs.getBigDecimal("growth_pct"), relationship,
						rs.getBoolean("bad_credit")),
				rs.getString("proposed_by"), instant(rs, "proposed_at"), rs.getString("reason"),
				since == null ? null : since.toLocalDate());
	}

	private static CardRow card(ResultSet rs, int n) throws SQLException {
		return new CardRow(rs.getLong("id"), rs.getInt("year"), rs.getLong("customer_id"), rs.getString("holder_name"),
				rs.getString("holder_title"), ApprovalStatus.valueOf(rs.getString("status")), longOrNull(rs, "approval_id"),
				rs.getString("requested_by"), instant(rs, "requested_at"));
	}

	private static VipLevel level(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : VipLevel.valueOf(value);
	}

	private static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
