package org.clientcare.approval;

import org.clientcare.identity.Permission;

/**
 * The usual shape of an {@link ApprovalHandler}: a fixed type name and payload record, given once to the constructor.
 *
 * @param <P> the payload record of this type
 */
public abstract class TypedApprovalHandler<P> implements ApprovalHandler<P> {

	private final String type;

	private final Class<P> payloadType;

	private final Permission permission;

	protected TypedApprovalHandler(String type, Class<P> payloadType, Permission permission) {
		this.type = type;
		this.payloadType = payloadType;
		this.permission = permission;
	}

	@Override
	public final Permission permission() {
		return permission;
	}

	@Override
	public final String type() {
		return type;
	}

	@Override
	public final Class<P> payloadType() {
		return payloadType;
	}
}
