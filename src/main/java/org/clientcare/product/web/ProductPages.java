package org.clientcare.product.web;

import org.clientcare.product.ProductCatalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The product catalogue page (产品目录). */
@Controller
class ProductPages {

	private final ProductCatalogue catalogue;

	ProductPages(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/products")
	String list(Model model) {
		model.addAttribute("products", catalogue.all());
		return "product/products";
	}
}
