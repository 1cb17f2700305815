package org.clientcare.suitability.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.clientcare.product.Product;
import org.clientcare.product.ProductCatalogue;

import org.springframework.stereotype.Component;

/**
 * The products' names in the page's language by their codes, for the compliance lists that name the product a sale
 * was of: staff read 稳健理财30天 (P-R2) where the rows carry only the code.
 */
@Component
class ProductNames {

	private final ProductCatalogue products;

	ProductNames(ProductCatalogue products) {
		this.products = products;
	}

	Map<String, String> in(Locale locale) {
		return products.all().stream().collect(Collectors.toMap(Product::code, product -> product.name(locale)));
	}
}
