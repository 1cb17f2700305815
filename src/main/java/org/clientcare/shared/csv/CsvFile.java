package org.clientcare.shared.csv;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.clientcare.shared.problem.InvalidInput;

/**
 * An import file (UTF-8 CSV, RFC 4180, a header row; a byte order mark is skipped) read record by record with
 * FastCSV: the header first, then the records with the line each starts on; blank lines are skipped. A record that
 * cannot be read keeps its line and carries a problem ({@link CsvRow#problem()}); the others are read on. A file that
 * is no CSV at all answers {@link InvalidInput} on {@code file}. Never holds more than one record.
 */
public final class CsvFile implements Closeable {

	/** Longer fields are cut and the record marked {@code too-long}. */
	public static final int MAX_FIELD_CHARS = 4096;

	/** More fields make the record {@code columns}. */
	public static final int MAX_FIELDS = 64;

	private final CountingStream bytes;

	private final CsvReader<CsvRow> reader;

	private final Iterator<CsvRow> records;

	private final CsvHeader header;

	/** Records starting before this line were imported before; 0 once passed. */
	private long skipTo;

	private CsvFile(InputStream in, long fromLine) {
		this.bytes = new CountingStream(in);
		this.reader = CsvReader.builder().detectBomHeader(true).allowMissingFields(true).allowExtraFields(true)
			.allowExtraCharsAfterClosingQuote(true).skipEmptyLines(true)
			.build(new RowHandler(), bytes, StandardCharsets.UTF_8);
		this.records = reader.iterator();
		CsvRow first = nextOrNull();
		if (first == null) {
			throw InvalidInput.of("file", "empty", "The file is empty");
		}
		if (first.problem() != null) {
			throw InvalidInput.of("file", "not-csv", "The file is not UTF-8 CSV (" + first.problem() + ")");
		}
		this.header = new CsvHeader(first.fields());
		this.skipTo = fromLine;
	}

	/** Reads a file from its start. */
	public static CsvFile of(InputStream in) {
		return new CsvFile(in, 0);
	}

	/** Reads a stored file, its records from the one starting on {@code fromLine} on (resuming an import). */
	public static CsvFile of(Path file, long fromLine) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			return new CsvFile(in, fromLine);
		}
		catch (RuntimeException e) {
			in.close();
			throw e;
		}
	}

	public CsvHeader header() {
		return header;
	}

	/** The next record, or null at the end of the file. */
	public CsvRow next() {
		CsvRow row = nextOrNull();
		while (row != null && row.line() < skipTo) {
			row = nextOrNull();
		}
		skipTo = 0;
		return row;
	}

	/** The next {@code size} records at most; empty at the end of the file. */
	public List<CsvRow> next(int size) {
		List<CsvRow> rows = new ArrayList<>(size);
		CsvRow row;
		while (rows.size() < size && (row = next()) != null) {
			rows.add(row);
		}
		return rows;
	}

	/** How many bytes of the file were read so far: ahead of the next record by at most the reader's buffer. */
	public long bytesRead() {
		return bytes.count;
	}

	private CsvRow nextOrNull() {
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (CsvParseException e) {
			throw InvalidInput.of("file", "format", "The file is not valid CSV: " + e.getMessage());
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** Builds a {@link CsvRow} from FastCSV's callbacks, marking what makes it unreadable. */
	private static final class RowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {

		private List<String> fields = new ArrayList<>();

		private String problem;

		@Override
		protected void handleBegin(long startingLineNumber) {
			fields = new ArrayList<>();
			problem = null;
		}

		@Override
		protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
			if (fields.size() >= MAX_FIELDS) {
				mark("columns");
				return;
			}
			if (length > MAX_FIELD_CHARS) {
				mark("too-long");
			}
			String value = new String(buffer, offset, Math.min(length, MAX_FIELD_CHARS));
			if (!quoted && value.indexOf('"') >= 0) {
				mark("quote");
			}
			if (value.indexOf('\uFFFD') >= 0) {
				// InputStreamReader puts U+FFFD where the bytes are not UTF-8
				mark("encoding");
				value = "";
			}
			if (value.indexOf('\u0000') >= 0) {
				// PostgreSQL stores no NUL character in text: the line is refused here, or the whole import would fail on it
				mark("nul");
				value = "";
			}
			fields.add(value);
		}

		private void mark(String what) {
			problem = problem == null ? what : problem;
		}

		@Override
		protected CsvRow buildRecord() {
			return new CsvRow(getStartingLineNumber(), List.copyOf(fields), problem);
		}
	}

	/** Counts the bytes read through it. */
	private static final class CountingStream extends FilterInputStream {

		private volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count += read;
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}
