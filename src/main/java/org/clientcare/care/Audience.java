package org.clientcare.care;

/**
 * The customers a segment reaches for a purpose and channel (SPEC §8: "a preview of the audience and who is excluded
 * and why"): {@code audience} will get the message; the others are left out, each under the first reason that holds —
 * no marketing consent, opted out of the channel, in a cooling-off period (冷静期), restricted under PIPL (a deletion
 * the law does not allow yet: neither marketing nor care).
 */
public record Audience(long audience, Excluded excluded) {

	/** Customers left out, by reason. */
	public record Excluded(long noConsent, long optedOut, long coolingOff, long restricted) {

		public long total() {
			return noConsent + optedOut + coolingOff + restricted;
		}
	}
}
