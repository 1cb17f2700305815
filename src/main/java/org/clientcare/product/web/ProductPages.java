package org.clientcare.product.web;

import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;
import org.clientcare.shared.problem.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The product catalogue page (产品目录); administrators add and change products on it. */
@Controller
class ProductPages {

	private final ProductCatalogue catalogue;

	private final MessageSource messages;

	ProductPages(ProductCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/products")
	String list(Model model) {
		model.addAttribute("products", catalogue.all());
		model.addAttribute("types", Product.ProductType.values());
		model.addAttribute("levels", Product.RiskLevel.values());
		model.addAttribute("statuses", Product.ProductStatus.values());
		model.addAttribute("dayCounts", Product.DayCount.values());
		model.addAttribute("dualRecordings", Product.DualRecording.values());
		return "product/products";
	}

	@PostMapping("/products")
	String save(@RequestParam String code, @RequestParam String nameZh, @RequestParam String nameEn,
			@RequestParam Product.ProductType type, @RequestParam Product.RiskLevel riskLevel,
			@RequestParam(defaultValue = "0") int coolingOffHours, @RequestParam Product.ProductStatus status,
			@RequestParam(defaultValue = "0") int hesitationDays,
			@RequestParam(defaultValue = "CALENDAR") Product.DayCount hesitationDayCount,
			@RequestParam(defaultValue = "false") boolean hesitationRevisit,
			@RequestParam(defaultValue = "NONE") Product.DualRecording dualRecording,
			@RequestParam(defaultValue = "false") boolean bankChannelRecording,
			@RequestParam(defaultValue = "0") int recordingRetentionYears, RedirectAttributes redirect) {
		try {
			if (nameZh.isBlank() || nameEn.isBlank() || nameZh.length() > 200 || nameEn.length() > 200
					|| coolingOffHours < 0 || coolingOffHours > 720 || hesitationDays < 0
					|| hesitationDays > ProductCatalogue.MAX_HESITATION_DAYS || recordingRetentionYears < 0
					|| recordingRetentionYears > ProductCatalogue.MAX_RECORDING_YEARS) {
				redirect.addFlashAttribute("errorKey", "products.invalid");
			}
			else {
				catalogue.save(new Product(code.strip(), nameZh.strip(), nameEn.strip(), type, riskLevel, coolingOffHours,
						hesitationDays, hesitationDayCount, hesitationRevisit, dualRecording, bankChannelRecording,
						recordingRetentionYears, status, 0), null);
				redirect.addFlashAttribute("saved", code.strip());
			}
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("error", words(e));
			redirect.addFlashAttribute("code", code);
			redirect.addFlashAttribute("nameZh", nameZh);
			redirect.addFlashAttribute("nameEn", nameEn);
		}
		return "redirect:/products";
	}

	/** A refusal in the page's language: each field at fault with what it needs; a product changed meanwhile says so. */
	private String words(ProblemException e) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		String other = messages.getMessage("products.error.other", null, locale);
		if (!e.fieldProblems().isEmpty()) {
			return e.fieldProblems().stream()
				.map(p -> messages.getMessage("products.error." + p.field(), null, other, locale)).distinct()
				.collect(java.util.stream.Collectors.joining("; "));
		}
		return messages.getMessage("products.error." + e.code(), null, other, locale);
	}
}
