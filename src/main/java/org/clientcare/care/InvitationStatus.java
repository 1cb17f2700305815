package org.clientcare.care;

/** Where an invitation stands: sent, accepted (a seat), declined, or on the waitlist for a seat. */
public enum InvitationStatus {
	INVITED, ACCEPTED, DECLINED, WAITLISTED
}
