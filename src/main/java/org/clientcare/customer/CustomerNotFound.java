package org.clientcare.customer;

import org.clientcare.shared.problem.NotFound;

/** No such customer in the caller's scope. */
public class CustomerNotFound extends NotFound {

	public CustomerNotFound(Object id) {
		super("Customer", id);
	}
}
