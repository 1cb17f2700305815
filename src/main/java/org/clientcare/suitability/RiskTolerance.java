package org.clientcare.suitability;

import org.clientcare.product.Product.RiskLevel;

/** A customer's risk tolerance (风险承受能力等级), {@code C1} conservative (保守型) to {@code C5} aggressive (进取型). */
public enum RiskTolerance {
	C1, C2, C3, C4, C5;

	/** {@code Cn} may buy {@code R1} … {@code Rn}. */
	public boolean covers(RiskLevel product) {
		return product.ordinal() <= ordinal();
	}
}
