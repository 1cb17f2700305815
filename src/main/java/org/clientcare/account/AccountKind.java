package org.clientcare.account;

/** The kinds of account the core system reports (结算账户: 基本户, 一般户, 专用户, 临时户; 个人结算账户). */
public enum AccountKind {
	BASIC, GENERAL, SPECIAL, TEMPORARY, PERSONAL_SETTLEMENT;

	/** Whether the account is a settlement account of a company (all kinds but the personal one). */
	public boolean corporateSettlement() {
		return this != PERSONAL_SETTLEMENT;
	}
}
