package org.clientcare.transaction;

public enum TransactionType {
	PURCHASE, REDEMPTION, DEPOSIT, WITHDRAWAL, LOAN_DRAWDOWN, REPAYMENT, CANCELLATION;

	/** Whether the transaction is about a product of the catalogue (and must name one). */
	public boolean concernsProduct() {
		return this == PURCHASE || this == REDEMPTION || this == CANCELLATION;
	}
}
