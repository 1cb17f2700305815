package org.clientcare.product;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The products' names in the page's language by their codes, for the lists that name the product a sale or a
 * remediation was of: staff read 稳健理财30天 (P-R2) where the rows carry only the code.
 */
@Component
public class ProductNames {

	private final ProductCatalogue products;

	ProductNames(ProductCatalogue products) {
		this.products = products;
	}

	/** Each product's name in this language, by its code. */
	public Map<String, String> in(Locale locale) {
		return products.all().stream().collect(Collectors.toMap(Product::code, product -> product.name(locale)));
	}
}
