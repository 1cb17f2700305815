package org.clientcare.care;

import java.util.List;

/**
 * A segment (客户分群) of customers for a campaign or an event: every list narrows it, an empty list does not. Tiers
 * ({@code DIAMOND} …), risk levels of the latest assessment ({@code C1}–{@code C5}), org units by code (with the units
 * below them), account managers by username, customer types, products held by code, birth months (1–12) and
 * lifecycle statuses ({@code PROSPECT}, {@code ACTIVE}, {@code DORMANT}; closed customers are never in a segment).
 */
public record Segment(List<String> tiers, List<String> riskLevels, List<String> orgUnits, List<String> managers,
		List<String> customerTypes, List<String> productCodes, List<Integer> birthMonths, List<String> statuses) {

	public Segment {
		tiers = clean(tiers);
		riskLevels = clean(riskLevels);
		orgUnits = clean(orgUnits);
		managers = clean(managers);
		customerTypes = clean(customerTypes);
		productCodes = clean(productCodes);
		birthMonths = birthMonths == null ? List.of() : birthMonths.stream().filter(java.util.Objects::nonNull).distinct()
			.sorted().toList();
		statuses = clean(statuses);
	}

	/** Everyone (in the maker's reach). */
	public static Segment everyone() {
		return new Segment(null, null, null, null, null, null, null, null);
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
			.distinct().sorted().toList();
	}
}
