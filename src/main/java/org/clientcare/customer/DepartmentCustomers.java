package org.clientcare.customer;

/**
 * How a complaint handler's department reaches customers (SPEC §1: "complaints of their department and their
 * customers"): the module that knows — complaints — supplies the SQL selecting those customer ids.
 */
public interface DepartmentCustomers {

	/** A SELECT of customer ids with exactly one {@code ?}: the department's org-unit id. */
	String customerIdsOfDepartment();
}
