package org.clientcare.complaint;

import java.util.Map;

/**
 * A complaint category with its names ({@link ComplaintCategories}); inactive ones are no longer offered for new
 * complaints.
 */
public record ComplaintCategory(String code, String nameZh, String nameEn, boolean active) {

	Map<String, Object> state() {
		return Map.of("nameZh", nameZh, "nameEn", nameEn, "active", active);
	}
}
