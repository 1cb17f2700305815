package org.clientcare.customer;

import java.util.Map;

import org.clientcare.shared.problem.Conflict;

/** One customer per identity document: this one belongs to a customer already (named when the caller may see it). */
public class DocumentAlreadyRegistered extends Conflict {

	public DocumentAlreadyRegistered(Map<String, Object> existing) {
		super("document-registered", "A customer with this identity document exists", existing);
	}
}
