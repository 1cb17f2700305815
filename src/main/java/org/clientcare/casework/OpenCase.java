package org.clientcare.casework;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Opens a case for a customer (§12 {@code POST /api/v1/cases}).
 *
 * @param complex     whether the case is complex from the start (an insurance claim's decision then has 30 days)
 * @param departments the codes of the other org units involved (e.g. {@code WMD}, {@code CSD}), who see the case
 */
public record OpenCase(@NotNull @Positive Long customerId, @NotNull CaseType type,
		@NotBlank @Size(max = 200) String title,
		@DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal amount, Boolean complex,
		@Size(max = 10) List<@NotBlank @Size(max = 32) String> departments) {

	public OpenCase {
		departments = departments == null ? List.of() : List.copyOf(departments);
	}
}
