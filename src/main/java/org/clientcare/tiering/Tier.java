package org.clientcare.tiering;

/**
 * A customer tier (客户等级). Retail customers are DIAMOND, PLATINUM, GOLD or ORDINARY; corporate customers DIAMOND,
 * PLATINUM, GOLD, SILVER or BRONZE.
 */
public enum Tier {

	DIAMOND, PLATINUM, GOLD, SILVER, BRONZE, ORDINARY;

	/** Whether a scheme hands out this tier. */
	public boolean belongsTo(TierScheme scheme) {
		return switch (scheme) {
			case RETAIL -> this != SILVER && this != BRONZE;
			case CORPORATE -> this != ORDINARY;
			case OVERRIDE -> true;
		};
	}
}
