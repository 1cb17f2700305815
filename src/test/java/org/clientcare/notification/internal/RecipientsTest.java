package org.clientcare.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.clientcare.notification.Channel;
import org.junit.jupiter.api.Test;

class RecipientsTest {

	@Test
	void addressesAreNormalisedSoThatOneRecipientHasOneHash() {
		assertThat(Recipients.normalise(Channel.EMAIL, " Zhou.Min@Example.COM ")).isEqualTo("zhou.min@example.com");
		assertThat(Recipients.normalise(Channel.SMS, "+86 138-0013-8000")).isEqualTo("13800138000");
		assertThat(Recipients.normalise(Channel.WECHAT, " oUpF8uMuAJO_M2pxb1Q9zNjWeS6o ")).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
	}

	@Test
	void somethingThatIsNoAddressOfTheChannelIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Recipients.normalise(Channel.EMAIL, "13800138000"));
		assertThatIllegalArgumentException().isThrownBy(() -> Recipients.normalise(Channel.SMS, "zhou@example.com"));
		assertThatIllegalArgumentException().isThrownBy(() -> Recipients.normalise(Channel.WECHAT, "two words"));
		assertThatIllegalArgumentException().isThrownBy(() -> Recipients.normalise(Channel.EMAIL, null));
	}

	@Test
	void errorsThatQuoteTheRecipientAreScrubbed() {
		assertThat(Recipients.scrub("550 <Zhou@example.com> unknown", Channel.EMAIL, "zhou@example.com"))
			.isEqualTo("550 <z***@example.com> unknown");
		assertThat(Recipients.scrub("cannot deliver to 13800138000", Channel.SMS, "13800138000"))
			.isEqualTo("cannot deliver to 138****8000");
	}
}
