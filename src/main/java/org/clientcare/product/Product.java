package org.clientcare.product;

/**
 * A product of the catalogue, with the duties that come with selling it (§5, §7).
 *
 * @param coolingOffHours the cooling-off period (冷静期) after a purchase, 0 for none (24 for private wealth products)
 * @param hesitationDays the hesitation period (犹豫期) of an insurance policy, in days counted as
 *        {@code hesitationDayCount} from the day of purchase; 0 for none (15 for life and health insurance)
 * @param hesitationRevisit whether a purchase must be revisited inside the hesitation period, no later than 2 working
 *        days before it ends
 * @param dualRecording which sales need dual recording (双录: audio and video of the sale)
 */
public record Product(String code, String nameZh, String nameEn, ProductType type, RiskLevel riskLevel,
		int coolingOffHours, int hesitationDays, DayCount hesitationDayCount, boolean hesitationRevisit,
		DualRecording dualRecording, ProductStatus status, long version) {

	/** The hesitation period of life and health insurance of more than one year, by default. */
	public static final int INSURANCE_HESITATION_DAYS = 15;

	public Product {
		hesitationDayCount = hesitationDayCount == null ? DayCount.CALENDAR : hesitationDayCount;
		dualRecording = dualRecording == null ? DualRecording.NONE : dualRecording;
	}

	/**
	 * A product with the sale duties its type has by default: an insurance policy has a 15-calendar-day hesitation
	 * period with a revisit inside it and dual recording for customers aged 60 or more; other products have none.
	 */
	public Product(String code, String nameZh, String nameEn, ProductType type, RiskLevel riskLevel, int coolingOffHours,
			ProductStatus status, long version) {
		this(code, nameZh, nameEn, type, riskLevel, coolingOffHours,
				type == ProductType.INSURANCE ? INSURANCE_HESITATION_DAYS : 0, DayCount.CALENDAR,
				type == ProductType.INSURANCE, type == ProductType.INSURANCE ? DualRecording.AGE_60_PLUS : DualRecording.NONE,
				status, version);
	}

	public String name(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	/** Whether a sale to a customer of this age (null when unknown) must be dual recorded. */
	public boolean needsDualRecording(Integer customerAge) {
		return switch (dualRecording) {
			case NONE -> false;
			case ALWAYS -> true;
			case AGE_60_PLUS -> customerAge != null && customerAge >= 60;
		};
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

	/** How the days of a period count: every calendar day, or working days of the business calendar (§9). */
	public enum DayCount {
		CALENDAR, WORKING
	}

	/**
	 * Which sales need dual recording (双录): none; those to customers aged 60 or more; every sale (investment-linked
	 * policies, bank-channel policies of more than one year, wealth products sold to individuals).
	 */
	public enum DualRecording {
		NONE, AGE_60_PLUS, ALWAYS
	}
}
