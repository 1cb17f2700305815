package org.clientcare.approval;

/**
 * The usual shape of an {@link ApprovalHandler}: a fixed type name and payload record, given once to the constructor.
 *
 * @param <P> the payload record of this type
 */
public abstract class TypedApprovalHandler<P> implements ApprovalHandler<P> {

	private final String type;

	private final Class<P> payloadType;

	protected TypedApprovalHandler(String type, Class<P> payloadType) {
		this.type = type;
		this.payloadType = payloadType;
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
