package org.clientcare.complaint.internal;

import java.util.Set;

import org.clientcare.customer.DepartmentCustomers;

import org.springframework.stereotype.Component;

/** A complaint handler reaches the customers of the complaints assigned to its department. */
@Component
class ComplaintDepartmentCustomers implements DepartmentCustomers {

	private final Complaints complaints;

	ComplaintDepartmentCustomers(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public Set<Long> customerIdsOf(long departmentId) {
		return complaints.customersOfDepartment(departmentId);
	}
}
