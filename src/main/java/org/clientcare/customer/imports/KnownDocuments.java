package org.clientcare.customer.imports;

import java.nio.ByteBuffer;

/**
 * The documents a go-live load knows to be on file — those in the customer table when its run began and those it wrote
 * since — as 64-bit fingerprints of the document's type and keyed hash, in an open-addressing table (8 bytes each; no
 * object per document). A document not found here is not on file unless another writer put it there meanwhile, which
 * the unique index then reports; one found here may be (two documents can share a fingerprint), so the load looks it
 * up in the table. Used by one thread.
 */
final class KnownDocuments {

	private long[] slots = new long[1 << 16];

	private int size;

	private boolean hasZero;

	private boolean loaded;

	/** Whether the documents on file have been added (by the load's first batch). */
	boolean loaded() {
		return loaded;
	}

	void markLoaded() {
		loaded = true;
	}

	/** A document's fingerprint: the keyed hash's first 8 bytes (already uniformly spread) mixed with the type's. */
	static long fingerprint(String type, byte[] hash) {
		long first = hash.length >= 8 ? ByteBuffer.wrap(hash, 0, 8).getLong() : java.util.Arrays.hashCode(hash);
		return first * 31 + type.hashCode();
	}

	void add(long fingerprint) {
		if (fingerprint == 0) {
			hasZero = true;
			return;
		}
		if ((size + 1) * 2 > slots.length) {
			grow();
		}
		if (put(slots, fingerprint)) {
			size++;
		}
	}

	boolean mayContain(long fingerprint) {
		if (fingerprint == 0) {
			return hasZero;
		}
		int mask = slots.length - 1;
		for (int i = slot(fingerprint, mask);; i = (i + 1) & mask) {
			if (slots[i] == fingerprint) {
				return true;
			}
			if (slots[i] == 0) {
				return false;
			}
		}
	}

	int size() {
		return size + (hasZero ? 1 : 0);
	}

	private void grow() {
		long[] larger = new long[slots.length * 2];
		for (long fingerprint : slots) {
			if (fingerprint != 0) {
				put(larger, fingerprint);
			}
		}
		slots = larger;
	}

	private static boolean put(long[] slots, long fingerprint) {
		int mask = slots.length - 1;
		for (int i = slot(fingerprint, mask);; i = (i + 1) & mask) {
			if (slots[i] == fingerprint) {
				return false;
			}
			if (slots[i] == 0) {
				slots[i] = fingerprint;
				return true;
			}
		}
	}

	private static int slot(long fingerprint, int mask) {
		long mixed = fingerprint * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 32) & mask;
	}
}
