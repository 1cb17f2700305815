package org.clientcare.revisit;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The regulator's script (回访话术) of a revisit inside an insurance policy's hesitation period (犹豫期), answered item
 * by item, and the mis-selling (销售误导) it reveals (§5): the customer did not understand the product, its risk or
 * fees; was promised returns; or did not sign the application.
 *
 * @param answers each item of the script with the customer's answer: {@code true} when confirmed
 */
public record HesitationScript(Map<Item, Boolean> answers) {

	/** One question of the script, asked as a statement the customer confirms. */
	public enum Item {
		IDENTITY_CONFIRMED, PRODUCT_UNDERSTOOD, RISK_AND_FEES_EXPLAINED, NO_RETURNS_PROMISED, HESITATION_RIGHTS_EXPLAINED,
		SIGNATURE_CONFIRMED
	}

	/** What the revisit found the sale did wrong. */
	public enum MisSelling {
		RISK_NOT_UNDERSTOOD, RETURNS_PROMISED, NOT_SIGNED
	}

	public HesitationScript {
		Map<Item, Boolean> given = new EnumMap<>(Item.class);
		if (answers != null) {
			answers.forEach((item, yes) -> {
				if (item != null && yes != null) {
					given.put(item, yes);
				}
			});
		}
		answers = Map.copyOf(given);
	}

	/** The script with {@code confirmed} confirmed and every other item denied (a form of check boxes). */
	public static HesitationScript confirming(Set<Item> confirmed) {
		Map<Item, Boolean> answers = new EnumMap<>(Item.class);
		for (Item item : Item.values()) {
			answers.put(item, confirmed != null && confirmed.contains(item));
		}
		return new HesitationScript(answers);
	}

	/** Whether every item has an answer. */
	public boolean complete() {
		return answers.keySet().containsAll(EnumSet.allOf(Item.class));
	}

	/** The items the customer confirmed. */
	public Set<Item> confirmed() {
		Set<Item> items = EnumSet.noneOf(Item.class);
		answers.forEach((item, yes) -> {
			if (Boolean.TRUE.equals(yes)) {
				items.add(item);
			}
		});
		return items;
	}

	/**
	 * The mis-selling the answers show: the product, its risk or its fees not understood; returns promised; the
	 * signature not confirmed. Empty when the sale was proper (or the item was not asked).
	 */
	public Set<MisSelling> misSelling() {
		Set<MisSelling> found = EnumSet.noneOf(MisSelling.class);
		if (denied(Item.PRODUCT_UNDERSTOOD) || denied(Item.RISK_AND_FEES_EXPLAINED)) {
			found.add(MisSelling.RISK_NOT_UNDERSTOOD);
		}
		if (denied(Item.NO_RETURNS_PROMISED)) {
			found.add(MisSelling.RETURNS_PROMISED);
		}
		if (denied(Item.SIGNATURE_CONFIRMED)) {
			found.add(MisSelling.NOT_SIGNED);
		}
		return found;
	}

	private boolean denied(Item item) {
		return Boolean.FALSE.equals(answers.get(item));
	}
}
