package org.clientcare.assignment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.clientcare.assignment.AnnualPlan;
import org.clientcare.assignment.DiaryEntry;
import org.clientcare.assignment.DiaryKind;
import org.clientcare.assignment.Opportunity;
import org.clientcare.assignment.OpportunityStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk tables: assignment_diary, assignment_plan and assignment_opportunity (key persons: {@link KeyPersons}). */
@Repository
public class DeskRecords {

	private final JdbcClient jdbc;

	DeskRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long addDiary(long customerId, LocalDate date, DiaryKind kind, String text, String author, Instant at) {
		return jdbc.sql("""
				insert into assignment_diary (customer_id, entry_date, kind, text, author, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(customerId, Date.valueOf(date), kind.name(), text, author, Timestamp.from(at)).query(Long.class).single();
	}

	/**
	 * Marks up to {@code limit} diary entries of kind VISIT not handed over yet as handed over, and answers them; rows
	 * another instance is handing over at the same time are skipped, so each is answered once.
	 */
	public List<DiaryEntry> handOverVisits(Instant now, int limit) {
		return jdbc.sql("""
				update assignment_diary d set handed_over_at = ?
				where d.id in (select id from assignment_diary where kind = 'VISIT' and handed_over_at is null
				               order by id limit ? for update skip locked)
				returning d.*""")
			.params(Timestamp.from(now), limit)
			.query(DeskRecords::diaryEntry)
			.list();
	}

	public List<DiaryEntry> diary(long customerId, int limit) {
		return diary(customerId, limit, 0);
	}

	/** The customer's diary from the {@code offset}-th entry on, latest date first. */
	public List<DiaryEntry> diary(long customerId, int limit, long offset) {
		return jdbc.sql("""
				select * from assignment_diary where customer_id = ? order by entry_date desc, id desc limit ? offset ?""")
			.params(customerId, limit, offset)
			.query(DeskRecords::diaryEntry)
			.list();
	}

	public long diaryCount(long customerId) {
		return jdbc.sql("select count(*) from assignment_diary where customer_id = ?").param(customerId)
			.query(Long.class).single();
	}

	private static DiaryEntry diaryEntry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new DiaryEntry(rs.getLong("id"), rs.getLong("customer_id"), rs.getObject("entry_date", LocalDate.class),
				DiaryKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("author"),
				instant(rs, "created_at"));
	}

	public boolean planExists(long customerId, int year) {
		return jdbc.sql("select exists (select 1 from assignment_plan where customer_id = ? and plan_year = ?)")
			.params(customerId, year).query(Boolean.class).single();
	}

	public long addPlan(long customerId, int year, String goals, String actions, String by, Instant at) {
		return jdbc.sql("""
				insert into assignment_plan (customer_id, plan_year, goals, actions, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(customerId, year, goals, actions, by, Timestamp.from(at)).query(Long.class).single();
	}

	public List<AnnualPlan> plans(long customerId) {
		return jdbc.sql("select * from assignment_plan where customer_id = ? order by plan_year desc, id desc").param(customerId)
			.query((rs, n) -> new AnnualPlan(rs.getLong("id"), rs.getLong("customer_id"), rs.getInt("plan_year"),
					rs.getString("goals"), rs.getString("actions"), rs.getString("created_by"), instant(rs, "created_at")))
			.list();
	}

	public long addOpportunity(long customerId, String source, String product, BigDecimal amount,
			OpportunityStage stage, String by, Instant at) {
		return jdbc.sql("""
				insert into assignment_opportunity (customer_id, source, product, expected_amount, stage, created_by,
				  created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customerId, source, product, amount, stage.name(), by, Timestamp.from(at), Timestamp.from(at))
			.query(Long.class).single();
	}

	public List<Opportunity> opportunities(long customerId) {
		return jdbc.sql("select * from assignment_opportunity where customer_id = ? order by id desc").param(customerId)
			.query(DeskRecords::opportunity).list();
	}

	public Optional<Opportunity> opportunity(long customerId, long id) {
		return jdbc.sql("select * from assignment_opportunity where customer_id = ? and id = ?").params(customerId, id)
			.query(DeskRecords::opportunity).optional();
	}

	/** Moves an opportunity on if it still stands where the caller saw it. */
	public boolean changeStage(long id, OpportunityStage from, OpportunityStage to, Instant at) {
		return jdbc.sql("update assignment_opportunity set stage = ?, updated_at = ? where id = ? and stage = ?")
			.params(to.name(), Timestamp.from(at), id, from.name()).update() == 1;
	}

	/** Opportunities of these customers (all, when {@code null}), largest first. */
	public List<Opportunity> opportunitiesOf(Collection<Long> customerIds) {
		if (customerIds == null) {
			return jdbc.sql("select * from assignment_opportunity order by expected_amount desc, id limit 5000")
				.query(DeskRecords::opportunity).list();
		}
		return jdbc.sql("""
				select * from assignment_opportunity where customer_id = any(?)
				order by expected_amount desc, id limit 5000""")
			.param(customerIds.toArray(Long[]::new)).query(DeskRecords::opportunity).list();
	}

	private static Opportunity opportunity(ResultSet rs, int n) throws SQLException {
		return new Opportunity(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("source"),
				rs.getString("product"), rs.getBigDecimal("expected_amount"), OpportunityStage.valueOf(rs.getString("stage")),
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
