package org.clientcare.complaint.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clientcare.complaint.ComplaintCategories;
import org.clientcare.complaint.ComplaintCategory;
import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.shared.ResultPage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaint categories (投诉分类): everyone reads them; administrators add, rename and retire them. */
@RestController
class ComplaintCategoryController {

	private final ComplaintCategories categories;

	ComplaintCategoryController(ComplaintCategories categories) {
		this.categories = categories;
	}

	@GetMapping("/api/v1/complaint-categories")
	ResultPage<ComplaintCategory> list(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(categories.all(), page, size);
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/complaint-categories/{code}")
	ComplaintCategory save(@PathVariable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
			@Valid @RequestBody Change body) {
		return categories.save(code, body.nameZh(), body.nameEn(), body.active());
	}

	record Change(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn,
			@NotNull Boolean active) {
	}
}
