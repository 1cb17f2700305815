package org.clientcare.customer;

/** Where a message reaches a customer: its mobile number and e-mail address, decrypted for sending (either may be null). */
public record CustomerContact(String phone, String email) {
}
