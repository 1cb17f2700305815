package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.clientcare.revisit.HesitationScript.Item;
import org.clientcare.revisit.HesitationScript.MisSelling;
import org.junit.jupiter.api.Test;

/** The regulator's script of a hesitation-period revisit and the mis-selling its answers reveal. */
class HesitationScriptTest {

	@Test
	void aScriptConfirmedItemByItemFindsNoMisSelling() {
		var script = HesitationScript.confirming(EnumSet.allOf(Item.class));

		assertThat(script.complete()).isTrue();
		assertThat(script.misSelling()).isEmpty();
	}

	@Test
	void aCustomerWhoWasPromisedReturnsAndDidNotSignWasMisSold() {
		var script = HesitationScript.confirming(EnumSet.of(Item.IDENTITY_CONFIRMED, Item.PRODUCT_UNDERSTOOD,
				Item.RISK_AND_FEES_EXPLAINED, Item.HESITATION_RIGHTS_EXPLAINED));

		assertThat(script.misSelling()).containsExactlyInAnyOrder(MisSelling.RETURNS_PROMISED, MisSelling.NOT_SIGNED);
	}

	@Test
	void aCustomerToldNothingOfTheFeesDidNotUnderstandTheRisk() {
		var script = HesitationScript.confirming(EnumSet.complementOf(EnumSet.of(Item.RISK_AND_FEES_EXPLAINED)));

		assertThat(script.misSelling()).containsExactly(MisSelling.RISK_NOT_UNDERSTOOD);
	}

	@Test
	void aScriptWithItemsLeftUnansweredIsIncompleteAndFindsOnlyWhatWasDenied() {
		var script = new HesitationScript(Map.of(Item.IDENTITY_CONFIRMED, true, Item.SIGNATURE_CONFIRMED, false));

		assertThat(script.complete()).isFalse();
		assertThat(script.misSelling()).containsExactly(MisSelling.NOT_SIGNED);
	}
}
