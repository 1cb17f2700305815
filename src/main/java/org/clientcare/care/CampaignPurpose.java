package org.clientcare.care;

/**
 * A campaign's purpose: {@code MARKETING} (product and market updates: needs marketing consent, keeps quiet hours, holds
 * during cooling-off, carries an unsubscribe link) or {@code SERVICE} (notices about the customer's business).
 */
public enum CampaignPurpose {
	MARKETING, SERVICE
}
