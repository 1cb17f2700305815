package org.clientcare.customer;

/**
 * What the corporate tiering scheme knows of a corporate customer beyond its figures: a Fortune Global 500 or China
 * Top 500 enterprise doing business here, or a bank's branch ({@code bankBranch}, null: none). Individuals have
 * {@link #NONE}.
 */
public record CorporateStanding(boolean fortuneGlobal500, boolean chinaTop500, BankBranch bankBranch) {

	public static final CorporateStanding NONE = new CorporateStanding(false, false, null);
}
