package org.clientcare.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

/** The documents a go-live load knows: each new the first time the load meets it, then known. */
class KnownDocumentsTest {

	@Test
	void aDocumentIsNewTheFirstTimeAGoLiveLoadMeetsItAndKnownEveryTimeAfter() {
		KnownDocuments known = new KnownDocuments();
		int documents = 300_000; // past the table's first size, so that it grows while documents are added
		for (int i = 0; i < documents; i++) {
			assertThat(known.addNew(KnownDocuments.fingerprint("RESIDENT_ID", hash(i)))).isTrue();
		}
		for (int i = 0; i < documents; i++) {
			assertThat(known.addNew(KnownDocuments.fingerprint("RESIDENT_ID", hash(i)))).isFalse();
		}
		assertThat(known.size()).isEqualTo(documents);
	}

	@Test
	void theSameNumberUnderAnotherDocumentTypeIsAnotherDocument() {
		KnownDocuments known = new KnownDocuments();
		known.add(KnownDocuments.fingerprint("RESIDENT_ID", hash(7)));

		assertThat(known.addNew(KnownDocuments.fingerprint("PASSPORT", hash(7)))).isTrue();
		assertThat(known.contains(KnownDocuments.fingerprint("RESIDENT_ID", hash(7)))).isTrue();
	}

	/** A 32-byte keyed hash stand-in: spread like one, different for every {@code n}. */
	private static byte[] hash(long n) {
		ByteBuffer buffer = ByteBuffer.allocate(32);
		long mixed = n * 0x9E3779B97F4A7C15L + 1;
		buffer.putLong(mixed).putLong(Long.rotateLeft(mixed, 17) ^ n).putLong(n).putLong(~n);
		return buffer.array();
	}
}
