package org.clientcare.privacy;

/** Where a data-subject request came in. */
public enum PrivacyChannel {
	BRANCH, PHONE, ONLINE, APP, WECHAT, LETTER, OTHER
}
