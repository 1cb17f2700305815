package org.clientcare.customer.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientcare.customer.FinancialProfile;
import org.clientcare.customer.FinancialProfile.Goal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Financial profiles, one row per customer. */
@Repository
public class FinancialProfiles {

	private static final String UPSERT = """
			insert into customer_financial_profile (customer_id, cash, deposits, real_estate, stocks, funds,
			  wealth_products, insurance, other_assets, mortgage, car_loan, credit_card, other_liabilities,
			  salary_income, investment_income, other_income, goals, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (customer_id) do update set cash = excluded.cash, deposits = excluded.deposits,
			  real_estate = excluded.real_estate, stocks = excluded.stocks, funds = excluded.funds,
			  wealth_products = excluded.wealth_products, insurance = excluded.insurance,
			  other_assets = excluded.other_assets, mortgage = excluded.mortgage, car_loan = excluded.car_loan,
			  credit_card = excluded.credit_card, other_liabilities = excluded.other_liabilities,
			  salary_income = excluded.salary_income, investment_income = excluded.investment_income,
			  other_income = excluded.other_income, goals = excluded.goals, updated_at = excluded.updated_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	FinancialProfiles(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public Optional<FinancialProfile> of(long customerId) {
		return jdbc.sql("select * from customer_financial_profile where customer_id = ?").param(customerId)
			.query((rs, n) -> read(rs, "")).optional();
	}

	/** The profiles these customers have, by customer id, in one statement; a customer without one is absent. */
	public Map<Long, FinancialProfile> ofAll(Collection<Long> customerIds) {
		Map<Long, FinancialProfile> found = new HashMap<>();
		jdbc.sql("select * from customer_financial_profile where customer_id = any(?)")
			.param(customerIds.toArray(Long[]::new))
			.query(rs -> {
				found.put(rs.getLong("customer_id"), read(rs, ""));
			});
		return found;
	}

	/** Inserts or replaces one customer's profile. */
	public void save(long customerId, FinancialProfile p, Instant now) {
		jdbc.sql(UPSERT).params(params(customerId, p, now)).update();
	}

	/**
	 * Inserts or replaces the profiles of many customers at once, as {@link #save} does each: one batch of statements
	 * sent together, in the order given.
	 */
	public void saveAll(Map<Long, FinancialProfile> byCustomer, Instant now) {
		List<Object[]> rows = new ArrayList<>(byCustomer.size());
		byCustomer.forEach((customerId, p) -> rows.add(params(customerId, p, now)));
		batch.batchUpdate(UPSERT, rows);
	}

	private static Object[] params(long customerId, FinancialProfile p, Instant now) {
		var a = p.assets();
		var l = p.liabilities();
		var i = p.income();
		return new Object[] { customerId, a.cash(), a.deposits(), a.realEstate(), a.stocks(), a.funds(),
				a.wealthProducts(), a.insurance(), a.other(), l.mortgage(), l.carLoan(), l.creditCard(), l.other(),
				i.salary(), i.investment(), i.other(), p.goals().stream().map(Enum::name).sorted().toArray(String[]::new),
				Timestamp.from(now) };
	}

	/**
	 * The profile in the current row, its columns named with {@code prefix} ({@code ""}: as in the table); {@code null}
	 * when the row has none (a left join that found no profile: {@code updated_at} is never null in the table).
	 */
	static FinancialProfile read(ResultSet rs, String prefix) throws SQLException {
		OffsetDateTime updatedAt = rs.getObject(prefix + "updated_at", OffsetDateTime.class);
		if (updatedAt == null) {
			return null;
		}
		Array goals = rs.getArray(prefix + "goals");
		Set<Goal> goalSet = goals == null ? EnumSet.noneOf(Goal.class)
				: Arrays.stream((String[]) goals.getArray()).map(Goal::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Goal.class)));
		return new FinancialProfile(
				new FinancialProfile.Assets(m(rs, prefix + "cash"), m(rs, prefix + "deposits"),
						m(rs, prefix + "real_estate"), m(rs, prefix + "stocks"), m(rs, prefix + "funds"),
						m(rs, prefix + "wealth_products"), m(rs, prefix + "insurance"), m(rs, prefix + "other_assets")),
				new FinancialProfile.Liabilities(m(rs, prefix + "mortgage"), m(rs, prefix + "car_loan"),
						m(rs, prefix + "credit_card"), m(rs, prefix + "other_liabilities")),
				new FinancialProfile.Income(m(rs, prefix + "salary_income"), m(rs, prefix + "investment_income"),
						m(rs, prefix + "other_income")),
				goalSet, updatedAt.toInstant());
	}

	private static BigDecimal m(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}
}
