package org.clientcare.entitlement;

/** Where a use of an entitlement stands: counted, waiting for approval beyond the quota, or refused. */
public enum UseStatus {

	RECORDED, PENDING_APPROVAL, REJECTED
}
