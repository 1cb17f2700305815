package org.clientcare.care;

/**
 * A customer a segment leaves out, and why (SPEC §8: who is excluded and why): its number and name as customer lists
 * show them (no PII), and the first reason that holds: {@code noConsent} (no marketing consent), {@code optedOut}
 * (opted out of the channel), {@code coolingOff} (in a cooling-off period, 冷静期) or {@code restricted} (restricted
 * under PIPL), the same reasons {@link Audience.Excluded} counts.
 */
public record ExcludedCustomer(long id, String customerNo, String name, String reason) {

	/** The reasons, in the order they are tried. */
	public static final java.util.List<String> REASONS = java.util.List.of("noConsent", "optedOut", "coolingOff",
			"restricted");
}
