package org.clientcare.product.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clientcare.identity.Permission;
import org.clientcare.identity.Requires;
import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.ResultPage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product catalogue: {@code GET /api/v1/products}, and {@code PUT /api/v1/products/{code}} for administrators.
 * The sale duties ({@code hesitationDays, hesitationDayCount, hesitationRevisit, dualRecording}) are optional and take
 * the product type's defaults when left out.
 */
@RestController
class ProductController {

	private final ProductCatalogue catalogue;

	ProductController(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/products")
	ResultPage<Product> all(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return ResultPage.slice(catalogue.all(), page, size);
	}

	@GetMapping("/api/v1/products/{code}")
	ResponseEntity<Product> get(@PathVariable String code) {
		Product product = catalogue.get(code);
		return ResponseEntity.ok().eTag("\"" + product.version() + "\"").body(product);
	}

	@Requires(Permission.ADMINISTER)
	@PutMapping("/api/v1/products/{code}")
	ResponseEntity<Product> save(@PathVariable String code, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody Change body) {
		Long version = ifMatch == null ? null : parse(ifMatch);
		var defaults = new Product(code, body.nameZh().strip(), body.nameEn().strip(), body.type(), body.riskLevel(),
				body.coolingOffHours() == null ? 0 : body.coolingOffHours(),
				body.status() == null ? Product.ProductStatus.ACTIVE : body.status(), 0);
		Product saved = catalogue.save(new Product(code, defaults.nameZh(), defaults.nameEn(), defaults.type(),
				defaults.riskLevel(), defaults.coolingOffHours(),
				body.hesitationDays() == null ? defaults.hesitationDays() : body.hesitationDays(),
				body.hesitationDayCount() == null ? defaults.hesitationDayCount() : body.hesitationDayCount(),
				body.hesitationRevisit() == null ? defaults.hesitationRevisit() && !Integer.valueOf(0).equals(body.hesitationDays())
						: body.hesitationRevisit(),
				body.dualRecording() == null ? defaults.dualRecording() : body.dualRecording(),
				body.bankChannelRecording() == null ? defaults.bankChannelRecording() : body.bankChannelRecording(),
				body.recordingRetentionYears() == null ? defaults.recordingRetentionYears() : body.recordingRetentionYears(),
				defaults.status(), 0),
				version);
		return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(saved);
	}

	private static Long parse(String ifMatch) {
		String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
		return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : -1L;
	}

	record Change(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
			@NotNull Product.ProductType type, @NotNull Product.RiskLevel riskLevel,
			@Min(0) @Max(720) Integer coolingOffHours, Product.ProductStatus status,
			@Min(0) @Max(ProductCatalogue.MAX_HESITATION_DAYS) Integer hesitationDays, Product.DayCount hesitationDayCount,
			Boolean hesitationRevisit, Product.DualRecording dualRecording, Boolean bankChannelRecording,
			@Min(1) @Max(ProductCatalogue.MAX_RECORDING_YEARS) Integer recordingRetentionYears) {
	}
}
