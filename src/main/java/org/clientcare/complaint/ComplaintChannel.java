package org.clientcare.complaint;

/** How a complaint reached the institution (投诉渠道). */
public enum ComplaintChannel {
	HOTLINE, EMAIL, WECHAT, ONLINE, BRANCH, LETTER, REGULATOR_REFERRAL
}
