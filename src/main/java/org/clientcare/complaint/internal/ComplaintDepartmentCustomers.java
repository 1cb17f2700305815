package org.clientcare.complaint.internal;

import org.clientcare.customer.DepartmentCustomers;

import org.springframework.stereotype.Component;

/** A complaint handler reaches the customers of the complaints assigned to its department. */
@Component
class ComplaintDepartmentCustomers implements DepartmentCustomers {

	@Override
	public String customerIdsOfDepartment() {
		return "select customer_id from complaint where department_id = ? and customer_id is not null";
	}
}
