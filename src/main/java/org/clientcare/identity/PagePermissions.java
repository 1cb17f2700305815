package org.clientcare.identity;

/**
 * The permission model as pages ask it: {@code ${permissions.can('COMPLAINT_HANDLE')}} shows a button or form only to a
 * role that holds the permission — the same answer the command behind it gives (which also checks the record).
 */
public final class PagePermissions {

	private final Authorization authorization;

	PagePermissions(Authorization authorization) {
		this.authorization = authorization;
	}

	/** Whether the signed-in user's role holds the permission named as in {@link Permission}. */
	public boolean can(String permission) {
		return authorization.can(Permission.valueOf(permission));
	}

	/** Whether the signed-in user decides approval requests of any kind (the approvals page). */
	public boolean decidesApprovals() {
		return java.util.Arrays.stream(Permission.values()).filter(p -> p.name().startsWith("APPROVE_"))
			.anyMatch(authorization::can);
	}
}
