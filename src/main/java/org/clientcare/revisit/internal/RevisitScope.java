package org.clientcare.revisit.internal;

import java.util.List;

import org.clientcare.customer.CustomerManagement;

import org.springframework.stereotype.Component;

/**
 * Which revisits a user sees (§1): those of the customers in its data scope — the customer module's rule, as a
 * condition over its {@code customer} table (alias {@code c}), joined to every revisit query.
 */
@Component
public class RevisitScope {

	private final CustomerManagement customers;

	RevisitScope(CustomerManagement customers) {
		this.customers = customers;
	}

	public Filter current() {
		var condition = customers.scopeCondition();
		return new Filter(condition.sql(), condition.params());
	}

	/** A SQL condition over {@code customer c} with its parameters. */
	public record Filter(String sql, List<Object> params) {
	}
}
