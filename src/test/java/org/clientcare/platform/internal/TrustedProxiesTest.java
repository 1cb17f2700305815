package org.clientcare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

	@Test
	void noProxyIsTrustedUnlessNamed() {
		assertThat(TrustedProxies.pattern(List.of())).isEmpty();
	}

	@Test
	void exactlyTheNamedAddressesAreTrusted() {
		var trusted = Pattern.compile(TrustedProxies.pattern(List.of("10.0.0.5", "192.168.1.20")));

		assertThat(trusted.matcher("10.0.0.5").matches()).isTrue();
		assertThat(trusted.matcher("192.168.1.20").matches()).isTrue();
		assertThat(trusted.matcher("10.0.0.50").matches()).isFalse();
		assertThat(trusted.matcher("10a0a0a5").matches()).isFalse();
		assertThat(trusted.matcher("127.0.0.1").matches()).isFalse();
	}
}
