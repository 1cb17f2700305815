package org.clientcare.customer;

import java.util.Set;

/**
 * Which customers of a page are in the restricted state (PIPL Art. 47: deletion asked, the law keeps the data; kept,
 * not processed for marketing or care, contacted only for the law's purposes), read in one query for all the page's
 * customers ({@link CustomerManagement#restrictedAmong}). Pages put it in their model as {@link #MODEL} and show each
 * customer's badge with the shared fragment {@code customer/restricted :: badge(…)}.
 *
 * @param ids the ids of the restricted customers among those asked about
 */
public record RestrictedCustomers(Set<Long> ids) {

	/** The model attribute the shared badge fragment reads. */
	public static final String MODEL = "restrictedCustomers";

	public static final RestrictedCustomers NONE = new RestrictedCustomers(Set.of());

	public RestrictedCustomers {
		ids = Set.copyOf(ids);
	}

	/** Whether this customer is restricted; false for no customer (a row without one). */
	public boolean has(Long customerId) {
		return customerId != null && ids.contains(customerId);
	}
}
