package org.clientcare.approval;

import org.clientcare.identity.Permission;
import org.clientcare.shared.Actor;

/**
 * What a module does with its own type of request: the payload's type, who may decide, and what approval (or
 * rejection) changes. Called inside the checker's transaction, so the decision and its effect commit together.
 *
 * @param <P> the payload record of this type
 */
public interface ApprovalHandler<P> {

	/** The request type, e.g. {@code complaint.compensation}. */
	String type();

	Class<P> payloadType();

	/**
	 * The permission that decides requests of this type ({@code APPROVE_*} of {@link Permission}'s table): who may be
	 * the checker, and how far (a branch manager for requests of its subtree).
	 */
	Permission permission();

	/** Applies an approved request. */
	void approved(P payload, ApprovalRequest request);

	/** Reacts to a rejection; nothing by default. */
	default void rejected(P payload, ApprovalRequest request) {
	}

	/**
	 * Whether this checker may decide, beyond {@link #permission()}; a handler may narrow it.
	 */
	default boolean mayDecide(Actor checker, ApprovalRequest request) {
		return true;
	}

	/**
	 * The arguments of the message {@code approval.summary.<type>} that says in the reader's language what is asked
	 * (an argument may be a {@link org.springframework.context.MessageSourceResolvable}, e.g. an enum's label);
	 * {@code null}: the pages show the request's stored summary.
	 */
	default Object[] describe(P payload, ApprovalRequest request) {
		return null;
	}
}
