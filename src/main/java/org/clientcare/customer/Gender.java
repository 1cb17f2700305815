package org.clientcare.customer;

public enum Gender {
	MALE, FEMALE
}
