package org.clientcare.support;

import org.clientcare.shared.pii.PiiCipher;

/**
 * The PII keys as they were before the rotation the test configuration has under way (key 1, now retired, primary; the
 * previous index key): values written under them stand for rows the rotation has not reached yet.
 */
public final class KeysBeforeRotation {

	/** The cipher of the old keys. */
	public static final PiiCipher OLD = new PiiCipher("1:bnV1exG0uNxlmPAIy2z0mW6J0cC2qIsJeVriADw5ZZA=",
			"WQHlZkD8H1LnkcKYcN4AokatGEzj83/6S3UFAmaWBOU=");

	private KeysBeforeRotation() {
	}

	/** A stored ciphertext encrypted again under the old key (null stays null). */
	public static byte[] underTheOldKey(PiiCipher current, Object ciphertext) {
		return ciphertext == null ? null : OLD.encrypt(current.decrypt((byte[]) ciphertext));
	}
}
