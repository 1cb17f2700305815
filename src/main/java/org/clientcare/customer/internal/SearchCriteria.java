package org.clientcare.customer.internal;

import java.util.Optional;
import java.util.Set;

import org.clientcare.customer.CustomerSearch;
import org.clientcare.identity.IdentityManagement;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.PiiCipher;

import org.springframework.stereotype.Component;

/**
 * Turns a search request into {@link Customers.Criteria}: the query into a name prefix and the keyed hashes of a
 * mobile number and a document number, a manager's username and a unit's code into ids. Empty when a named manager or
 * unit does not exist, so the search answers nothing.
 */
@Component
public class SearchCriteria {

	private final IdentityManagement identity;

	private final PiiCipher pii;

	SearchCriteria(IdentityManagement identity, PiiCipher pii) {
		this.identity = identity;
		this.pii = pii;
	}

	public Optional<Customers.Criteria> of(CustomerSearch search) {
		String query = search.query() == null || search.query().isBlank() ? null : search.query().strip();
		// The current hash and, while the index key rotates, the previous one (dual read).
		byte[][] phoneHash = null;
		byte[][] idHash = null;
		if (query != null) {
			phoneHash = MainlandMobile.normalize(query).map(pii::searchHashes).orElse(null);
			String document = query.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
			if (document.matches("[0-9A-Z]{5,20}")) {
				idHash = pii.searchHashes(document);
			}
		}
		Long managerId = null;
		if (search.manager() != null && !search.manager().isBlank()) {
			Optional<StaffUser> manager = identity.findUser(search.manager().strip());
			if (manager.isEmpty()) {
				return Optional.empty();
			}
			managerId = manager.get().id();
		}
		Set<Long> units = null;
		if (search.orgUnit() != null && !search.orgUnit().isBlank()) {
			Optional<OrgUnit> unit = identity.findOrgUnit(search.orgUnit().strip());
			if (unit.isEmpty()) {
				return Optional.empty();
			}
			units = identity.subtree(unit.get().id());
		}
		return Optional.of(new Customers.Criteria(query, phoneHash, idHash,
				search.tier() == null || search.tier().isBlank() ? null : search.tier().strip().toUpperCase(java.util.Locale.ROOT),
				managerId, units, search.status() == null ? null : search.status().name(), search.unassignedOnly()));
	}
}
