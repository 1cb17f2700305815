package org.clientcare.notification;

/**
 * Why a message is sent. {@code SERVICE} messages (about the customer's own business: a complaint, an appointment) go
 * at any hour; {@code MARKETING} messages need the customer's marketing consent and keep quiet hours (SPEC §8, §11).
 */
public enum Purpose {
	SERVICE, MARKETING
}
