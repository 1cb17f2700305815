package org.clientcare.revisit;

/** How the customer was contacted (回访方式); {@code ONLINE} is the electronic questionnaire. */
public enum ContactMethod {
	PHONE, VISIT, SMS, WECHAT, ONLINE, EMAIL
}
