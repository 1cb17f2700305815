package org.clientcare.revisit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerRef;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.StaffUser;
import org.clientcare.revisit.RevisitView;
import org.clientcare.shared.CustomerId;

import org.springframework.stereotype.Component;

/**
 * Turns stored revisits into what callers see: the customer's name from the customer module's light references
 * (the rows were already read within the caller's scope) and the assignee's username from identity.
 */
@Component
public class RevisitViews {

	private final CustomerManagement customers;

	private final IdentityManagement identity;

	RevisitViews(CustomerManagement customers, IdentityManagement identity) {
		this.customers = customers;
		this.identity = identity;
	}

	public Optional<RevisitView> of(Optional<RevisitRow> row) {
		return row.map(r -> of(List.of(r)).get(0));
	}

	public List<RevisitView> of(List<RevisitRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<CustomerId, CustomerRef> refs = customers
			.refs(rows.stream().map(r -> new CustomerId(r.customerId())).distinct().toList());
		Map<Long, String> usernames = new HashMap<>();
		return rows.stream().map(r -> {
			CustomerRef ref = refs.get(new CustomerId(r.customerId()));
			String assignee = r.assigneeId() == null ? null : usernames.computeIfAbsent(r.assigneeId(),
					id -> identity.user(id).map(StaffUser::username).orElse(null));
			return r.view(ref == null ? null : ref.name(), assignee, ref != null && ref.restricted());
		}).toList();
	}
}
