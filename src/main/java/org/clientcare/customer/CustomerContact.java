package org.clientcare.customer;

import java.time.LocalDate;

/**
 * Where a message reaches a customer: its mobile number and e-mail address, decrypted for sending (either may be null);
 * and, where asked for the greetings of customer care ({@link CustomerManagement#contacts}), its birth date.
 */
public record CustomerContact(String phone, String email, LocalDate birthDate) {

	public CustomerContact(String phone, String email) {
		this(phone, email, null);
	}
}
