package org.clientcare.care;

import java.time.Instant;
import java.util.List;

/**
 * Which customers an occasion greets (admins set it): none when not {@code enabled}; else customers of the listed
 * tiers and types, every tier or type when a list is empty.
 */
public record OccasionSetting(Occasion occasion, boolean enabled, List<String> tiers, List<String> customerTypes,
		Instant updatedAt, String updatedBy) {

	public OccasionSetting {
		tiers = tiers == null ? List.of() : List.copyOf(tiers);
		customerTypes = customerTypes == null ? List.of() : List.copyOf(customerTypes);
	}
}
