package org.clientcare.tiering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.tiering.CustomerFigures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures table ({@code customer_metrics}): one row per customer and date, rewritten only when it changes. */
@Repository
public class Figures {

	private static final String UPSERT = """
			insert into customer_metrics (customer_id, as_of, aum, avg_daily_deposits, loans, intermediary_income,
			  annual_contribution, bad_credit, litigation, shareholding_pct, recorded_at, recorded_by)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (customer_id, as_of) do update set aum = excluded.aum,
			  avg_daily_deposits = excluded.avg_daily_deposits, loans = excluded.loans,
			  intermediary_income = excluded.intermediary_income, annual_contribution = excluded.annual_contribution,
			  bad_credit = excluded.bad_credit, litigation = excluded.litigation,
			  shareholding_pct = excluded.shareholding_pct, recorded_at = excluded.recorded_at,
			  recorded_by = excluded.recorded_by
			where (customer_metrics.aum, customer_metrics.avg_daily_deposits, customer_metrics.loans,
			  customer_metrics.intermediary_income, customer_metrics.annual_contribution, customer_metrics.bad_credit,
			  customer_metrics.litigation, customer_metrics.shareholding_pct)
			  is distinct from (excluded.aum, excluded.avg_daily_deposits, excluded.loans, excluded.intermediary_income,
			  excluded.annual_contribution, excluded.bad_credit, excluded.litigation, excluded.shareholding_pct)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Figures(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Stores the (completed) figures of a customer; returns whether anything changed. */
	public boolean save(long customerId, CustomerFigures f, Instant now, String by) {
		return batch.update(UPSERT, args(customerId, f, now, by)) == 1;
	}

	/** Stores many rows in one batch; returns how many changed. */
	public int saveAll(List<Map.Entry<Long, CustomerFigures>> rows, Instant now, String by) {
		int[] counts = batch.batchUpdate(UPSERT, rows.stream().map(row -> args(row.getKey(), row.getValue(), now, by)).toList());
		int changed = 0;
		for (int count : counts) {
			changed += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
		}
		return changed;
	}

	public Optional<CustomerFigures> latest(long customerId) {
		return jdbc.sql("select * from customer_metrics where customer_id = ? order by as_of desc limit 1").param(customerId)
			.query(Figures::row).optional();
	}

	/** Customer ids by customer number, for the numbers that exist. */
	public Map<String, Long> idsOf(List<String> customerNumbers) {
		Map<String, Long> ids = new java.util.HashMap<>();
		jdbc.sql("select customer_no, id from customer_ref where customer_no = any(?)")
			.param(customerNumbers.toArray(String[]::new)).query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	public boolean customerExists(long customerId) {
		return jdbc.sql("select exists (select 1 from customer_ref where id = ?)").param(customerId).query(Boolean.class).single();
	}

	private static Object[] args(long customerId, CustomerFigures f, Instant now, String by) {
		return new Object[] { customerId, f.asOf(), f.aum(), f.avgDailyDeposits(), f.loans(), f.intermediaryIncome(),
				f.annualContribution(), f.badCredit(), f.litigation(), f.shareholdingPct(), Timestamp.from(now), by };
	}

	static CustomerFigures row(ResultSet rs, int n) throws SQLException {
		return new CustomerFigures(rs.getObject("as_of", java.time.LocalDate.class), rs.getBigDecimal("aum"),
				rs.getBigDecimal("avg_daily_deposits"), rs.getBigDecimal("loans"), rs.getBigDecimal("intermediary_income"),
				rs.getBigDecimal("annual_contribution"), rs.getBoolean("bad_credit"), rs.getBoolean("litigation"),
				rs.getBigDecimal("shareholding_pct"));
	}
}
