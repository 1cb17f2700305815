package org.clientcare.customer;

import java.util.Set;

/**
 * How a complaint handler's department reaches customers (SPEC §1: "complaints of their department and their
 * customers"): the module that knows — complaints — answers with their ids.
 */
public interface DepartmentCustomers {

	/** The ids of the customers of the complaints assigned to a department (an org unit). */
	Set<Long> customerIdsOf(long departmentId);
}
