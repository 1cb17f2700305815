package org.clientcare.assignment;

/** How a customer came to its new manager (§4), which decides the attribution shares. */
public enum AssignmentSource {

	/** 自然增长: the customer walked in. */
	NATURAL,
	/** 移交: handed over by a colleague. */
	HANDOVER,
	/** 自营销: won by the manager himself. */
	SELF_MARKETED
}
