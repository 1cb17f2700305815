package org.clientcare.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

	@TempDir
	Path directory;

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesAreCountedInTheFile() throws IOException {
		Path file = write("\uFEFFa,b\r\n\"上海, 浦东\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n\nlast,row");

		try (CsvReader reader = CsvReader.open(file, 0, 1)) {
			assertThat(reader.next()).isEqualTo(new CsvReader.Record(1, List.of("a", "b"), null));
			assertThat(reader.next()).isEqualTo(new CsvReader.Record(2, List.of("上海, 浦东", "say \"hi\""), null));
			assertThat(reader.next()).isEqualTo(new CsvReader.Record(3, List.of("two\nlines", "x"), null));
			assertThat(reader.next()).isEqualTo(new CsvReader.Record(6, List.of("last", "row"), null));
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void aReaderStartedAtARememberedOffsetContinuesWithTheNextRecord() throws IOException {
		Path file = write("h1,h2\n甲,1\n乙,2\n丙,3\n");
		long offset;
		long line;
		try (CsvReader reader = CsvReader.open(file, 0, 1)) {
			reader.next();
			reader.next();
			offset = reader.offset();
			line = reader.line();
		}

		try (CsvReader resumed = CsvReader.open(file, offset, line)) {
			assertThat(resumed.next()).isEqualTo(new CsvReader.Record(3, List.of("乙", "2"), null));
			assertThat(resumed.next().fields()).containsExactly("丙", "3");
			assertThat(resumed.next()).isNull();
		}
	}

	@Test
	void bytesThatAreNotUtf8AndUnclosedQuotesMarkTheRecordButNotTheOthers() throws IOException {
		Path file = directory.resolve("bad.csv");
		Files.write(file, new byte[] { 'a', ',', (byte) 0xC3, (byte) 0x28, '\n', 'o', 'k', ',', '1', '\n', '"', 'x' });

		try (CsvReader reader = CsvReader.open(file, 0, 1)) {
			assertThat(reader.next().problem()).isEqualTo("encoding");
			assertThat(reader.next()).isEqualTo(new CsvReader.Record(2, List.of("ok", "1"), null));
			assertThat(reader.next().problem()).isEqualTo("quote");
		}
	}

	private Path write(String content) throws IOException {
		Path file = directory.resolve("file.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
