package org.clientcare.appointment;

/** A service customers book an appointment for (预约业务); its duration and booking window are settings. */
public enum AppointmentService {
	WEALTH_CONSULTATION, LOAN, ACCOUNT_OPENING, INSURANCE, OTHER
}
