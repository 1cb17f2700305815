package org.clientcare.suitability;

import org.clientcare.product.Product;

/**
 * Which dual recordings are quality-checked (双录质检): every one of a sale to a customer aged 60 or more and of an
 * insurance policy that is recorded for every sale (investment-linked, 投连), and otherwise a share (default 30 %),
 * picked by the transaction id so that the choice is reproducible and spread evenly.
 */
public final class RecordingSample {

	private RecordingSample() {
	}

	public static boolean sampled(long transactionId, Integer customerAge, Product product, int sharePercent) {
		if ((customerAge != null && customerAge >= 60)
				|| (product.type() == Product.ProductType.INSURANCE && product.dualRecording() == Product.DualRecording.ALWAYS)) {
			return true;
		}
		long mixed = transactionId * 0x9E3779B97F4A7C15L;
		return Math.floorMod(mixed ^ (mixed >>> 32), 100L) < sharePercent;
	}
}
