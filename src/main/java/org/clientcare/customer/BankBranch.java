package org.clientcare.customer;

/**
 * A corporate customer that is itself a bank's branch doing business here, as the corporate tiering scheme counts it:
 * a provincial branch of a state-controlled bank, or of a regional joint-stock bank.
 */
public enum BankBranch {
	STATE_CONTROLLED, REGIONAL_JOINT_STOCK
}
