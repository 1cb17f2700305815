package org.clientcare.visit;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.casework.CaseType;

/**
 * Turns a recorded visit's next steps into a case (业务, §8 "Visits": next steps become revisits or cases)
 * ({@code POST /api/v1/visits/{id}/case}).
 *
 * @param title       the case's title; the visit's purpose when blank
 * @param departments the codes of the other org units involved, who see the case
 */
public record OpenCaseFromVisit(@NotNull CaseType type, @Size(max = 200) String title,
		@Size(max = 10) List<@NotBlank @Size(max = 32) String> departments) {
}
