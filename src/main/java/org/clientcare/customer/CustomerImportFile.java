package org.clientcare.customer;

import java.util.List;

/**
 * The layout of a bulk customer import file (SPEC §2): UTF-8 CSV with a header row naming these columns, in any
 * order; only {@link #REQUIRED} must be present. Values as in {@code POST /api/v1/customers}: dates
 * {@code YYYY-MM-DD}, enums by name, {@code managerUsername} an account manager of {@code orgUnit}.
 */
public final class CustomerImportFile {

	/** Every column, in the order the generator writes them. */
	public static final List<String> COLUMNS = List.of("type", "name", "idType", "idNumber", "idExpiry", "birthDate",
			"gender", "phone", "email", "address", "occupation", "orgUnit", "managerUsername", "relationshipSince",
			"status");

	/** The columns a file must have. */
	public static final List<String> REQUIRED = List.of("type", "name", "idType", "idNumber", "orgUnit");

	private CustomerImportFile() {
	}

	/** The header row, without its line break. */
	public static String header() {
		return String.join(",", COLUMNS);
	}
}
