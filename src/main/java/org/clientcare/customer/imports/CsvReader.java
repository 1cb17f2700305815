package org.clientcare.customer.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a UTF-8 CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) one at a
 * time, from any byte offset. It works on bytes, so it knows the exact offset and line number of the next record:
 * an import stores them with each batch and starts again there after a crash. Never holds more than one record.
 */
final class CsvReader implements Closeable {

	/** Longer fields are cut and the record marked {@code too-long}; keeps a runaway quote from eating the heap. */
	static final int MAX_FIELD_BYTES = 4096;

	private static final int MAX_FIELDS = 64;

	private final InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private long offset;

	private long line;

	private final byte[] field = new byte[MAX_FIELD_BYTES];

	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

	private CsvReader(InputStream in, long offset, long line) {
		this.in = in;
		this.offset = offset;
		this.line = line;
	}

	/** Opens a file at a byte offset that starts a record on the given line (1 for the start of the file). */
	static CsvReader open(Path file, long offset, long line) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		channel.position(offset);
		CsvReader reader = new CsvReader(Channels.newInputStream(channel), offset, line);
		if (offset == 0) {
			reader.skipByteOrderMark();
		}
		return reader;
	}

	/** The byte offset of the next record. */
	long offset() {
		return offset;
	}

	/** The line the next record starts on. */
	long line() {
		return line;
	}

	/**
	 * The next record, or {@code null} at the end of the file; blank lines are skipped. A record that cannot be read
	 * as CSV keeps its line and carries a {@link Record#problem()}.
	 */
	Record next() throws IOException {
		while (true) {
			if (peek() < 0) {
				return null;
			}
			Record record = read();
			if (record.problem() != null || record.fields().size() > 1 || !record.fields().get(0).isEmpty()) {
				return record;
			}
		}
	}

	private Record read() throws IOException {
		long startLine = line;
		List<String> fields = new ArrayList<>();
		String problem = null;
		int length = 0;
		boolean quoted = false;
		boolean inQuotes = false;
		while (true) {
			int b = take();
			if (b < 0) {
				if (inQuotes) {
					problem = problem == null ? "quote" : problem;
				}
				problem = addField(fields, length, problem);
				return new Record(startLine, fields, problem);
			}
			if (inQuotes) {
				if (b == '"') {
					if (peek() == '"') {
						take();
					}
					else {
						inQuotes = false;
						continue;
					}
				}
				if (b == '\n') {
					line++;
				}
				length = append(b, length);
				continue;
			}
			switch (b) {
				case ',' -> {
					problem = addField(fields, length, problem);
					length = 0;
					quoted = false;
				}
				case '\r' -> {
					if (peek() == '\n') {
						take();
					}
					line++;
					return new Record(startLine, fields, addField(fields, length, problem));
				}
				case '\n' -> {
					line++;
					return new Record(startLine, fields, addField(fields, length, problem));
				}
				case '"' -> {
					if (length == 0 && !quoted) {
						inQuotes = true;
						quoted = true;
					}
					else {
						problem = problem == null ? "quote" : problem;
						length = append(b, length);
					}
				}
				default -> length = append(b, length);
			}
			if (length > MAX_FIELD_BYTES) {
				problem = problem == null ? "too-long" : problem;
			}
		}
	}

	private int append(int b, int length) {
		if (length < MAX_FIELD_BYTES) {
			field[length] = (byte) b;
		}
		return length + 1;
	}

	private String addField(List<String> fields, int length, String problem) {
		if (fields.size() >= MAX_FIELDS) {
			return problem == null ? "columns" : problem;
		}
		try {
			CharBuffer chars = utf8.decode(ByteBuffer.wrap(field, 0, Math.min(length, MAX_FIELD_BYTES)));
			fields.add(chars.toString());
			return problem;
		}
		catch (CharacterCodingException e) {
			fields.add("");
			return problem == null ? "encoding" : problem;
		}
	}

	private void skipByteOrderMark() throws IOException {
		if (peek() == 0xEF && fill() >= 3 && (buffer[position + 1] & 0xff) == 0xBB && (buffer[position + 2] & 0xff) == 0xBF) {
			take();
			take();
			take();
		}
	}

	private int peek() throws IOException {
		if (position >= limit && fill() <= 0) {
			return -1;
		}
		return buffer[position] & 0xff;
	}

	private int take() throws IOException {
		int b = peek();
		if (b >= 0) {
			position++;
			offset++;
		}
		return b;
	}

	/** Tops up the buffer keeping unread bytes; answers how many are available. */
	private int fill() throws IOException {
		if (position > 0) {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
			limit -= position;
			position = 0;
		}
		while (limit < buffer.length) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				break;
			}
			limit += read;
			if (limit >= 3) {
				break;
			}
		}
		return limit - position;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/**
	 * One record: the line it starts on, its fields, and what made it unreadable ({@code quote}, {@code encoding},
	 * {@code too-long}, {@code columns}), if anything.
	 */
	record Record(long line, List<String> fields, String problem) {
	}
}
