package org.clientcare.customer.imports;

import java.nio.ByteBuffer;

/**
 * The documents a go-live load knows to be on file — those in the customer table when its run began and those it wrote
 * since — as 128-bit fingerprints of the document's type and keyed hash (the hash's first 16 bytes, already uniformly
 * spread, mixed with the type), in an open-addressing table (16 bytes each; no object per document). Two documents
 * share a fingerprint with a chance of about n²/2¹²⁹ (below 10⁻²⁵ for a hundred million customers), so a document
 * found here is on file; one not found here is not, unless another writer filed it meanwhile — which the guard of a
 * go-live load refuses, and the unique index, where it stands, reports. Used by one thread.
 */
final class KnownDocuments {

	private long[] slots = new long[2 << 16];

	private int size;

	private boolean hasZero;

	private boolean loaded;

	private boolean exact;

	/** Whether the documents on file have been added (by the load's first batch). */
	boolean loaded() {
		return loaded;
	}

	/**
	 * Marks the documents on file added; {@code exact}: no other writer can file a document while the load runs (its
	 * guard is on the table), so what is not here is not on file.
	 */
	void markLoaded(boolean exact) {
		this.loaded = true;
		this.exact = exact;
	}

	/** Whether a document not found here is known not to be on file (see {@link #markLoaded}). */
	boolean exact() {
		return exact;
	}

	/** A document's fingerprint: the keyed hash's first 16 bytes, the first 8 mixed with the type's. */
	static Fingerprint fingerprint(String type, byte[] hash) {
		long high;
		long low;
		if (hash.length >= 16) {
			ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
			high = buffer.getLong();
			low = buffer.getLong();
		}
		else {
			high = java.util.Arrays.hashCode(hash);
			low = hash.length;
		}
		return new Fingerprint(high * 31 + type.hashCode(), low);
	}

	/** 128 bits of a document: type and keyed hash. */
	record Fingerprint(long high, long low) {

		boolean zero() {
			return high == 0 && low == 0;
		}
	}

	void add(Fingerprint fingerprint) {
		addNew(fingerprint);
	}

	/** Adds the document; false when it was known already. */
	boolean addNew(Fingerprint fingerprint) {
		if (fingerprint.zero()) {
			boolean added = !hasZero;
			hasZero = true;
			return added;
		}
		if ((size + 1) * 4 > slots.length) {
			grow();
		}
		if (put(slots, fingerprint.high(), fingerprint.low())) {
			size++;
			return true;
		}
		return false;
	}

	boolean contains(Fingerprint fingerprint) {
		if (fingerprint.zero()) {
			return hasZero;
		}
		int mask = slots.length / 2 - 1;
		for (int i = slot(fingerprint.high(), fingerprint.low(), mask);; i = (i + 1) & mask) {
			long high = slots[2 * i];
			long low = slots[2 * i + 1];
			if (high == fingerprint.high() && low == fingerprint.low()) {
				return true;
			}
			if (high == 0 && low == 0) {
				return false;
			}
		}
	}

	int size() {
		return size + (hasZero ? 1 : 0);
	}

	private void grow() {
		long[] larger = new long[slots.length * 2];
		for (int i = 0; i < slots.length; i += 2) {
			if (slots[i] != 0 || slots[i + 1] != 0) {
				put(larger, slots[i], slots[i + 1]);
			}
		}
		slots = larger;
	}

	private static boolean put(long[] slots, long high, long low) {
		int mask = slots.length / 2 - 1;
		for (int i = slot(high, low, mask);; i = (i + 1) & mask) {
			if (slots[2 * i] == high && slots[2 * i + 1] == low) {
				return false;
			}
			if (slots[2 * i] == 0 && slots[2 * i + 1] == 0) {
				slots[2 * i] = high;
				slots[2 * i + 1] = low;
				return true;
			}
		}
	}

	private static int slot(long high, long low, int mask) {
		long mixed = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 32) & mask;
	}
}
