package org.clientcare.revisit.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

	/** Usernames by user id: a username never changes and users are never removed, so one read each is enough. */
	private final Map<Long, String> usernames = new ConcurrentHashMap<>();

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
		return rows.stream().map(r -> {
			CustomerRef ref = refs.get(new CustomerId(r.customerId()));
			String assignee = r.assigneeId() == null ? null : username(r.assigneeId());
			return r.view(ref == null ? null : ref.name(), assignee, ref != null && ref.restricted());
		}).toList();
	}

	private String username(long id) {
		String known = usernames.get(id);
		if (known != null) {
			return known;
		}
		String read = identity.user(id).map(StaffUser::username).orElse(null);
		if (read != null && usernames.size() < 100_000) {
			usernames.put(id, read);
		}
		return read;
	}
}
