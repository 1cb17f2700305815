package org.clientcare.care;

import java.util.List;

import org.clientcare.identity.OrgUnit;
import org.clientcare.product.Product;

/**
 * What the segment builder offers a campaign's maker: the org units of the maker's subtree, the enabled account
 * managers working in it, and the products of the catalogue. The segment still carries codes and usernames; these are
 * the values it may take and the names the page shows for them.
 */
public record SegmentChoices(List<OrgUnit> orgUnits, List<Manager> managers, List<Product> products) {

	/** An account manager offered by display name, with the org unit shown beside it. */
	public record Manager(String username, String displayName, OrgUnit orgUnit) {
	}
}
