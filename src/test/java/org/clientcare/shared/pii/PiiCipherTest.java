package org.clientcare.shared.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PiiCipherTest {

	static final String KEY_1 = PiiCipher.newKey();

	static final String KEY_2 = PiiCipher.newKey();

	static final String INDEX = PiiCipher.newKey();

	@Test
	void encryptedValuesDecryptToTheOriginalAndNeverContainIt() {
		var cipher = new PiiCipher("1:" + KEY_1, INDEX);

		byte[] sealed = cipher.encrypt("13800138000");

		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("13800138000");
		assertThat(cipher.decrypt(sealed)).isEqualTo("13800138000");
		assertThat(cipher.encrypt("13800138000")).isNotEqualTo(sealed);
	}

	@Test
	void afterRotationOldValuesStillDecryptAndNewOnesUseTheNewKey() {
		var before = new PiiCipher("1:" + KEY_1, INDEX);
		byte[] old = before.encrypt("上海市浦东新区世纪大道100号");
		var after = new PiiCipher("1:" + KEY_1 + ",2:" + KEY_2, INDEX);

		byte[] fresh = after.encrypt("新地址");

		assertThat(after.decrypt(old)).isEqualTo("上海市浦东新区世纪大道100号");
		assertThat(fresh[0]).isEqualTo((byte) 2);
		assertThatThrownBy(() -> before.decrypt(fresh)).hasMessageContaining("key 2");
	}

	@Test
	void aRotationIsConfiguredOnlyWithAnOlderKeyOrAPreviousIndexKey() {
		assertThat(new PiiCipher("1:" + KEY_1, INDEX).rotationConfigured()).isFalse();
		assertThat(new PiiCipher("1:" + KEY_1 + ",2:" + KEY_2, INDEX).rotationConfigured()).isTrue();
		assertThat(new PiiCipher("2:" + KEY_2, INDEX, PiiCipher.newKey()).rotationConfigured()).isTrue();
	}

	@Test
	void alteredCiphertextIsDetected() {
		var cipher = new PiiCipher("1:" + KEY_1, INDEX);
		byte[] sealed = cipher.encrypt("11010519491231002X");
		sealed[sealed.length - 3] ^= 1;

		assertThatThrownBy(() -> cipher.decrypt(sealed)).hasMessageContaining("altered");
	}

	@Test
	void searchHashesAreEqualForEqualValuesAndDependOnTheKey() {
		var cipher = new PiiCipher("1:" + KEY_1, INDEX);
		var otherIndex = new PiiCipher("1:" + KEY_1, PiiCipher.newKey());

		assertThat(cipher.searchHash("13800138000")).isEqualTo(cipher.searchHash("13800138000"))
			.isNotEqualTo(cipher.searchHash("13800138001")).isNotEqualTo(otherIndex.searchHash("13800138000"));
	}

	@Test
	void manyThreadsSealingAndOpeningAtOnceEachGetTheirOwnValuesBack() {
		var cipher = new PiiCipher("1:" + KEY_1, INDEX);
		var other = new PiiCipher("1:" + KEY_2, PiiCipher.newKey());
		java.util.List<String> failures = java.util.stream.IntStream.range(0, 20_000).parallel().mapToObj(i -> {
			String value = "1380013" + String.format("%04d", i);
			byte[] sealed = cipher.encrypt(value);
			boolean ok = value.equals(cipher.decrypt(sealed))
					&& java.util.Arrays.equals(cipher.searchHash(value), cipher.searchHash(value))
					&& !java.util.Arrays.equals(cipher.searchHash(value), other.searchHash(value))
					&& value.equals(other.decrypt(other.encrypt(value)));
			return ok ? null : value;
		}).filter(java.util.Objects::nonNull).toList();
		assertThat(failures).isEmpty();
		assertThatThrownBy(() -> other.decrypt(cipher.encrypt("13800138000"))).isInstanceOf(IllegalStateException.class);
		assertThat(cipher.decrypt(cipher.encrypt("13800138000"))).isEqualTo("13800138000");
	}

	@Test
	void keysOfTheWrongLengthAreRefused() {
		assertThatThrownBy(() -> new PiiCipher("1:AAAA", INDEX)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void reencryptingMovesAValueUnderThePrimaryKeyAndLeavesACurrentOneAsItIs() {
		var before = new PiiCipher("1:" + KEY_1, INDEX);
		var after = new PiiCipher("1:" + KEY_1 + ",2:" + KEY_2, INDEX);
		byte[] old = before.encrypt("13800138000");

		byte[] moved = after.reencrypt(old);

		assertThat(after.current(old)).isFalse();
		assertThat(PiiCipher.keyIdOf(moved)).isEqualTo((byte) 2);
		assertThat(after.decrypt(moved)).isEqualTo("13800138000");
		assertThat(after.reencrypt(moved)).isSameAs(moved);
		assertThat(after.current(null)).isTrue();
	}

	@Test
	void duringAnIndexRotationLookupsCompareTheCurrentAndThePreviousHash() {
		String newIndex = PiiCipher.newKey();
		var before = new PiiCipher("1:" + KEY_1, INDEX);
		var during = new PiiCipher("1:" + KEY_1, newIndex, INDEX);
		var settled = new PiiCipher("1:" + KEY_1, newIndex);

		assertThat(during.rotatingIndex()).isTrue();
		assertThat(during.searchHashes("13800138000")).isEqualTo(new byte[][] { settled.searchHash("13800138000"),
				before.searchHash("13800138000") });
		assertThat(settled.rotatingIndex()).isFalse();
		assertThat(settled.searchHashes("13800138000")).isEqualTo(new byte[][] { settled.searchHash("13800138000"),
				settled.searchHash("13800138000") });
		assertThat(during.version()).isEqualTo(settled.version()).isNotEqualTo(before.version()).startsWith("key 1 · index ");
	}

	/** The stored form written the way it always was: key id, nonce, AES-GCM of the value with the key id as AAD. */
	private static byte[] storedAsEver(String key, byte keyId, byte[] nonce, String plain) throws Exception {
		javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(javax.crypto.Cipher.ENCRYPT_MODE,
				new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(key), "AES"),
				new javax.crypto.spec.GCMParameterSpec(128, nonce));
		aes.updateAAD(new byte[] { keyId });
		byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
		return java.nio.ByteBuffer.allocate(1 + nonce.length + sealed.length).put(keyId).put(nonce).put(sealed).array();
	}

	@Test
	void valuesStoredBeforeDecryptAndNewValuesHaveTheSameFormAsThoseStoredBefore() throws Exception {
		var cipher = new PiiCipher("3:" + KEY_1, INDEX);
		byte[] nonce = java.util.HexFormat.of().parseHex("0102030405060708090a0b0c");
		byte[] before = storedAsEver(KEY_1, (byte) 3, nonce, "上海市浦东新区世纪大道100号");

		assertThat(cipher.decrypt(before)).isEqualTo("上海市浦东新区世纪大道100号");

		byte[] now = cipher.encrypt("上海市浦东新区世纪大道100号");
		byte[] nowNonce = java.util.Arrays.copyOfRange(now, 1, 13);
		assertThat(now).hasSameSizeAs(before);
		assertThat(now).isEqualTo(storedAsEver(KEY_1, (byte) 3, nowNonce, "上海市浦东新区世纪大道100号"));
	}

	@Test
	void everyValueSealedByOneThreadGetsANonceOfItsOwn() {
		var cipher = new PiiCipher("1:" + KEY_1, INDEX);
		java.util.Set<String> nonces = new java.util.HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			byte[] sealed = cipher.encrypt("13800138000");
			assertThat(nonces.add(java.util.HexFormat.of().formatHex(sealed, 1, 13))).as("value " + i).isTrue();
			assertThat(cipher.decrypt(sealed)).isEqualTo("13800138000");
		}
	}
}
