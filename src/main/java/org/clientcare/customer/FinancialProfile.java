package org.clientcare.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** Financial profile (财务状况): assets by class, liabilities, income, and goals; amounts in CNY. */
public record FinancialProfile(Assets assets, Liabilities liabilities, Income income, Set<Goal> goals, Instant updatedAt) {

	public record Assets(BigDecimal cash, BigDecimal deposits, BigDecimal realEstate, BigDecimal stocks, BigDecimal funds,
			BigDecimal wealthProducts, BigDecimal insurance, BigDecimal other) {

		public BigDecimal total() {
			return cash.add(deposits).add(realEstate).add(stocks).add(funds).add(wealthProducts).add(insurance).add(other);
		}
	}

	public record Liabilities(BigDecimal mortgage, BigDecimal carLoan, BigDecimal creditCard, BigDecimal other) {

		public BigDecimal total() {
			return mortgage.add(carLoan).add(creditCard).add(other);
		}
	}

	public record Income(BigDecimal salary, BigDecimal investment, BigDecimal other) {

		public BigDecimal total() {
			return salary.add(investment).add(other);
		}
	}

	public enum Goal {
		RETIREMENT, EDUCATION, HOME_PURCHASE, WEALTH_GROWTH, OTHER
	}
}
