package org.clientcare.approval;

public enum ApprovalStatus {
	PENDING, APPROVED, REJECTED
}
