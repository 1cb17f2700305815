package org.clientcare.shared.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Single-use links meant for a customer (一次性链接: the revisit questionnaire, the risk questionnaire, the private link
 * of a booking): a random token goes to the customer inside the link, and only its SHA-256 is stored, so neither the
 * database nor anyone reading it can open the link. Each module keeps its links' hashes beside what they open, looks a
 * link up by the hash of the token it is given, and marks it used and checks its expiry there.
 *
 * <p>The link itself travels only in the message to the customer, as a value the outbox keeps encrypted and never shows
 * to staff ({@code OutgoingMessage.withSecret}).
 */
public final class CustomerLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");

	private CustomerLinks() {
	}

	/** A new token: 24 random bytes, URL-safe Base64 (32 characters). */
	public static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a value could be a token at all; anything else is looked up nowhere. */
	public static boolean wellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** The SHA-256 of a token (or of a code with its token) in hex: what is stored and looked up. */
	public static String hash(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
