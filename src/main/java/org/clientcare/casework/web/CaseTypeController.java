package org.clientcare.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clientcare.casework.CaseType;
import org.clientcare.casework.CaseTypeManagement;
import org.clientcare.casework.CaseTypeView;
import org.clientcare.casework.PublishTemplate;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §12 {@code GET /api/v1/case-types}, and the administrators' publication of a template's next version. */
@RestController
@RequestMapping("/api/v1/case-types")
@Tag(name = "Case types", description = "Case types with their versioned stage templates")
class CaseTypeController {

	private final CaseTypeManagement types;

	CaseTypeController(CaseTypeManagement types) {
		this.types = types;
	}

	@GetMapping
	@Operation(summary = "Every case type with the stages of its current template, each with its limit and unit")
	List<CaseTypeView> types() {
		return types.types();
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/{code}")
	@Operation(summary = "Publish the next version of a type's template (admin); open cases keep theirs")
	CaseTypeView publish(@PathVariable CaseType code, @RequestBody PublishTemplate body) {
		return types.publish(code, body);
	}
}
