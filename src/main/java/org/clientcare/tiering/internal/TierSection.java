package org.clientcare.tiering.internal;

import org.clientcare.customer.CustomerPageSection;
import org.clientcare.shared.CustomerId;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierPolicy;
import org.clientcare.tiering.TierView;
import org.clientcare.tiering.TieringManagement;

import org.springframework.stereotype.Component;

/** The tier on the customer 360 page: tier, since, the explanation in words, history, and the override form. */
@Component
public class TierSection implements CustomerPageSection {

	private final TieringManagement tiering;

	TierSection(TieringManagement tiering) {
		this.tiering = tiering;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "tiering/customer-section";
	}

	@Override
	public Data data(long customerId) {
		TierView view = tiering.tierOf(new CustomerId(customerId));
		return new Data(view, tiering.mayRequestOverride(), Tier.values());
	}

	/** The view, whether the viewer may ask for an override, and the tiers to choose from. */
	public record Data(TierView tier, boolean mayOverride, Tier[] tiers) {

		public boolean overridden() {
			return tier.override() != null;
		}

		public String rule() {
			Object rule = tier.explanation().get("rule");
			return rule == null ? TierPolicy.NO_FIGURES : rule.toString();
		}
	}
}
