package org.clientcare.product;

/**
 * A product of the catalogue.
 *
 * @param coolingOffHours the cooling-off period (冷静期) after a purchase, 0 for none (24 for private wealth products)
 */
public record Product(String code, String nameZh, String nameEn, ProductType type, RiskLevel riskLevel,
		int coolingOffHours, ProductStatus status, long version) {

	public String name(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	public enum ProductType {
		DEPOSIT, WEALTH, FUND, INSURANCE, LOAN, OTHER
	}

	/** The product's risk level (产品风险等级), R1 lowest to R5 highest. */
	public enum RiskLevel {
		R1, R2, R3, R4, R5
	}

	public enum ProductStatus {
		ACTIVE, SUSPENDED, RETIRED
	}
}
