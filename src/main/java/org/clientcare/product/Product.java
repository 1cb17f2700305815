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
 * @param bankChannelRecording whether a sale through the bank channel (银保渠道) needs dual recording whatever the
 *        customer's age (bank-channel insurance policies of more than one year)
 * @param recordingRetentionYears how long a sale's recording is kept after the sale: 10 years for insurance policies of
 *        more than one year, 5 otherwise; 2 more years past the close of a dispute about the sale
 */
public record Product(String code, String nameZh, String nameEn, ProductType type, RiskLevel riskLevel,
		int coolingOffHours, int hesitationDays, DayCount hesitationDayCount, boolean hesitationRevisit,
		DualRecording dualRecording, boolean bankChannelRecording, int recordingRetentionYears, ProductStatus status,
		long version) {

	/** The hesitation period of life and health insurance of more than one year, by default. */
	public static final int INSURANCE_HESITATION_DAYS = 15;

	/** How long the recording of an insurance sale is kept by default, in years (policies of more than one year). */
	public static final int INSURANCE_RECORDING_YEARS = 10;

	/** How long the recording of another sale is kept by default, in years. */
	public static final int RECORDING_YEARS = 5;

	public Product {
		hesitationDayCount = hesitationDayCount == null ? DayCount.CALENDAR : hesitationDayCount;
		dualRecording = dualRecording == null ? DualRecording.NONE : dualRecording;
		recordingRetentionYears = recordingRetentionYears > 0 ? recordingRetentionYears : defaultRecordingYears(type);
	}

	/**
	 * A product with the sale duties of {@code DualRecording} given, the bank channel and retention of its type by
	 * default.
	 */
	public Product(String code, String nameZh, String nameEn, ProductType type, RiskLevel riskLevel, int coolingOffHours,
			int hesitationDays, DayCount hesitationDayCount, boolean hesitationRevisit, DualRecording dualRecording,
			ProductStatus status, long version) {
		this(code, nameZh, nameEn, type, riskLevel, coolingOffHours, hesitationDays, hesitationDayCount, hesitationRevisit,
				dualRecording, type == ProductType.INSURANCE, defaultRecordingYears(type), status, version);
	}

	/** The years a sale's recording is kept by default: 10 for insurance, 5 for other products. */
	public static int defaultRecordingYears(ProductType type) {
		return type == ProductType.INSURANCE ? INSURANCE_RECORDING_YEARS : RECORDING_YEARS;
	}

	/**
	 * A product with the sale duties its type has by default: an insurance policy has a 15-calendar-day hesitation
	 * period with a revisit inside it and dual recording for customers aged 60 or more and for every bank-channel sale,
	 * kept 10 years; other products have none (their recordings, when set, are kept 5 years).
	 */
	public Product(String code, String nameZh, String nameEn, ProductType type, RiskLevel riskLevel, int coolingOffHours,
			ProductStatus status, long version) {
		this(code, nameZh, nameEn, type, riskLevel, coolingOffHours,
				type == ProductType.INSURANCE ? INSURANCE_HESITATION_DAYS : 0, DayCount.CALENDAR,
				type == ProductType.INSURANCE, type == ProductType.INSURANCE ? DualRecording.AGE_60_PLUS : DualRecording.NONE,
				type == ProductType.INSURANCE, defaultRecordingYears(type), status, version);
	}

	public String name(java.util.Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	/**
	 * Whether a sale to a customer of this age (null when unknown) through this channel (null when not reported) must be
	 * dual recorded: the product's rule, or a bank-channel sale of a product that says so.
	 */
	public boolean needsDualRecording(Integer customerAge, SaleChannel channel) {
		return needsDualRecording(customerAge) || (bankChannelRecording && channel == SaleChannel.BANK);
	}

	/** Whether a sale to a customer of this age (null when unknown) must be dual recorded, whatever its channel. */
	public boolean needsDualRecording(Integer customerAge) {
		return switch (dualRecording) {
			case NONE -> false;
			case ALWAYS -> true;
			case AGE_60_PLUS -> customerAge != null && customerAge >= 60;
		};
	}

	/**
	 * The channel a sale went through: the institution's own counter or staff ({@code DIRECT}), an agent
	 * ({@code AGENT}), a bank (银保渠道, {@code BANK}) or online ({@code ONLINE}).
	 */
	public enum SaleChannel {
		DIRECT, AGENT, BANK, ONLINE
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
