package org.clientcare.customer;

/** What a customer consents to (个人信息保护法): service, marketing, sharing data with third parties. */
public enum ConsentPurpose {
	SERVICE, MARKETING, DATA_SHARING
}
