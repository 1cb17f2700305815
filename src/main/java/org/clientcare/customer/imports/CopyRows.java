package org.clientcare.customer.imports;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of sealed rows in PostgreSQL's binary {@code COPY} format, in the column order of {@code BulkInsert}'s
 * {@code COPY} into {@code customer} (a go-live load's and a delta's): a signature and header, then per row the number of fields and each field as its length and bytes ({@code -1} for null) — {@code bigint} as 8
 * bytes, text as UTF-8, {@code bytea} as is, a date as the days since 2000-01-01, a {@code timestamptz} as the
 * microseconds since 2000-01-01 UTC — and a trailer. A row's own columns ({@link #fields}) are encoded once, on the
 * thread that checked it; what the batch gives it (its id, customer number and times) goes first, so the rest is copied as is.
 * The bytes go to the database in chunks of about {@value #CHUNK} bytes as they are written.
 */
final class CopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };

	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final short CUSTOMER_FIELDS = 27;

	private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;

	/** Bytes gathered before they are handed on: large enough for few messages, small enough to stay cached. */
	private static final int CHUNK = 64 * 1024;

	/** Where the chunks go: the {@code COPY}'s connection. */
	interface Sink {

		void write(byte[] bytes, int offset, int length) throws SQLException;
	}

	/** The bytes written so far: {@code buffer[0..length)}. */
	private byte[] buffer;

	private int length;

	private CopyRows(int capacity) {
		this.buffer = new byte[capacity];
	}

	/**
	 * Customers for {@code customer}, written to {@code sink}: each row with its id and customer number (taken from
	 * the table's sequences by the caller), {@code now} as when its contact data was verified, created and updated, and
	 * its own columns as encoded by {@link #fields}.
	 */
	static void customers(List<BulkInsert.Sealed> rows, long[] ids, String[] numbers, Instant now, Sink sink)
			throws SQLException {
		long micros = (now.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000 + now.getNano() / 1_000;
		write(rows, CUSTOMER_FIELDS, (copy, i) -> {
			copy.int8(ids[i]);
			copy.text(numbers[i]);
			copy.int8(micros);
			copy.int8(micros);
			copy.int8(micros);
		}, sink);
	}

	/** What a batch gives row {@code index} ahead of its own columns. */
	private interface Leading {

		void write(CopyRows copy, int index);
	}

	/**
	 * The signature and header, then each row as {@code fields} fields — {@code leading}'s, then its own columns — and
	 * the trailer, handed to {@code sink} in chunks of about {@value #CHUNK} bytes.
	 */
	private static void write(List<BulkInsert.Sealed> rows, short fields, Leading leading, Sink sink) throws SQLException {
		CopyRows copy = new CopyRows(CHUNK + 1024);
		copy.raw(SIGNATURE);
		copy.int4(0);
		copy.int4(0);
		for (int i = 0; i < rows.size(); i++) {
			copy.int2(fields);
			leading.write(copy, i);
			copy.raw(rows.get(i).copyFields());
			if (copy.length >= CHUNK) {
				sink.write(copy.buffer, 0, copy.length);
				copy.length = 0;
			}
		}
		copy.int2(-1);
		sink.write(copy.buffer, 0, copy.length);
	}

	/** A row's own columns (all but the id, the customer number and the three times), encoded once. */
	static byte[] fields(BulkInsert.Sealed r) {
		CopyRows copy = new CopyRows(768);
		copy.text(r.type());
		copy.text(r.name());
		copy.text(r.idType());
		copy.bytes(r.idNumberEnc());
		copy.bytes(r.idNumberHash());
		copy.date(r.idExpiry());
		copy.bytes(r.birthDateEnc());
		copy.text(r.gender());
		copy.bytes(r.phoneEnc());
		copy.bytes(r.phoneHash());
		copy.bytes(r.emailEnc());
		copy.bytes(r.addressEnc());
		copy.text(r.occupation());
		copy.text(r.status());
		copy.int8(r.orgUnitId());
		copy.int8(r.managerId());
		copy.date(r.relationshipSince());
		copy.text(r.masked().idNumber());
		copy.text(r.masked().birthDate());
		copy.text(r.masked().phone());
		copy.text(r.masked().email());
		copy.text(r.masked().address());
		return Arrays.copyOf(copy.buffer, copy.length);
	}

	private void int8(Long value) {
		if (value == null) {
			int4(-1);
			return;
		}
		int8(value.longValue());
	}

	private void int8(long value) {
		int4(8);
		int4((int) (value >>> 32));
		int4((int) value);
	}

	private void text(String value) {
		bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
	}

	private void bytes(byte[] value) {
		if (value == null) {
			int4(-1);
			return;
		}
		int4(value.length);
		raw(value);
	}

	private void date(LocalDate value) {
		if (value == null) {
			int4(-1);
			return;
		}
		int4(4);
		int4(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
	}

	private void int2(int value) {
		room(2);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void int4(int value) {
		room(4);
		buffer[length++] = (byte) (value >>> 24);
		buffer[length++] = (byte) (value >>> 16);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void raw(byte[] value) {
		room(value.length);
		System.arraycopy(value, 0, buffer, length, value.length);
		length += value.length;
	}

	private void room(int more) {
		if (length + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}
}
