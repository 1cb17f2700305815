package org.clientcare.care;

import java.util.Set;

import org.clientcare.notification.Channel;

/**
 * A customer's care preferences: the language and channel of its greetings, whether its birthday is kept by the lunar
 * calendar (农历生日), and the channels it opted out of for marketing (never used again for marketing).
 */
public record CarePreferences(long customerId, String language, Channel channel, boolean lunarBirthday,
		Set<Channel> optedOut) {

	public CarePreferences {
		optedOut = optedOut == null ? Set.of() : Set.copyOf(optedOut);
	}
}
