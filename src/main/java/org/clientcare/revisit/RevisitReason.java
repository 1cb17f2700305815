package org.clientcare.revisit;

/** Why a revisit is due (§5). */
public enum RevisitReason {
	POST_PURCHASE, CADENCE, POST_COMPLAINT, REVERIFICATION, COOLING_OFF, MANUAL
}
