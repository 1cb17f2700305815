package org.clientcare.notification.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.notification.Channel;
import org.clientcare.shared.kyc.MainlandMobile;
import org.clientcare.shared.pii.Masking;

/** Recipients per channel: checked and normalised before they are encrypted and hashed, masked for display. */
public final class Recipients {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

	private static final Pattern OPEN_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private Recipients() {
	}

	/**
	 * The recipient as stored and sent: an e-mail address in lower case, an 11-digit mainland mobile number (other
	 * numbers as digits with an optional {@code +}), a WeChat open id as given.
	 *
	 * @throws IllegalArgumentException when it is no address of the channel
	 */
	public static String normalise(Channel channel, String recipient) {
		String value = recipient == null ? "" : recipient.strip();
		String normalised = switch (channel) {
			case EMAIL -> value.toLowerCase(Locale.ROOT);
			case SMS -> MainlandMobile.normalize(value).orElse(value.replaceAll("[\\s()\\-.]", ""));
			case WECHAT -> value;
		};
		Pattern valid = switch (channel) {
			case EMAIL -> EMAIL;
			case SMS -> PHONE;
			case WECHAT -> OPEN_ID;
		};
		if (normalised.length() > 254 || !valid.matcher(normalised).matches()) {
			throw new IllegalArgumentException("Not a recipient of channel " + channel);
		}
		return normalised;
	}

	public static String mask(Channel channel, String recipient) {
		return channel == Channel.EMAIL ? Masking.email(recipient) : Masking.phone(recipient);
	}

	/** Removes the recipient from a text that may quote it (a mail server's or gateway's error). */
	public static String scrub(String text, Channel channel, String recipient) {
		if (text == null || recipient == null || recipient.isEmpty()) {
			return text;
		}
		String masked = mask(channel, recipient);
		return Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE).matcher(text)
			.replaceAll(Matcher.quoteReplacement(masked));
	}
}
