package org.clientcare.audit.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A client address as the audit page shows it: an IPv6 address in its usual short form (RFC 5952: {@code ::1} for
 * the loopback the servlet container writes out as {@code 0:0:0:0:0:0:0:1}) and an IPv4 address carried in IPv6
 * ({@code ::ffff:1.2.3.4}) as the IPv4 address it is. The trail keeps the address as the connection gave it.
 */
final class ClientAddress {

	/** Only the characters of an IPv6 literal: nothing else is parsed, so no name is ever looked up. */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private ClientAddress() {
	}

	/** The address in its short form, or {@code text} as it is when it is not an IPv6 address. */
	static String shown(String text) {
		if (text == null || text.indexOf(':') < 0 || !IPV6.matcher(text).matches()) {
			return text;
		}
		InetAddress address;
		try {
			address = InetAddress.getByName(text);
		}
		catch (UnknownHostException | IllegalArgumentException e) {
			return text;
		}
		if (address instanceof Inet4Address) {
			return address.getHostAddress();
		}
		return address instanceof Inet6Address ? compressed(address.getAddress()) : text;
	}

	/** The 16 bytes as eight groups in lower-case hex without leading zeros, the longest run of 2+ zero groups as ::. */
	private static String compressed(byte[] bytes) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
			i += length;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		return text.toString();
	}
}
