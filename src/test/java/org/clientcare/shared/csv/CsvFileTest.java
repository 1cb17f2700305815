package org.clientcare.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clientcare.shared.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import files as the CSV skeleton reads them. */
class CsvFileTest {

	@TempDir
	Path directory;

	@Test
	void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesAreCountedInTheFile() throws IOException {
		Path file = write("\uFEFFa,b\r\n\"上海, 浦东\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n\nlast,row");

		try (CsvFile csv = CsvFile.of(file, 0)) {
			assertThat(csv.header().names()).containsExactly("a", "b");
			assertThat(csv.next()).isEqualTo(new CsvRow(2, List.of("上海, 浦东", "say \"hi\""), null));
			assertThat(csv.next()).isEqualTo(new CsvRow(3, List.of("two\nlines", "x"), null));
			assertThat(csv.next()).isEqualTo(new CsvRow(6, List.of("last", "row"), null));
			assertThat(csv.next()).isNull();
		}
	}

	@Test
	void aFileOpenedAgainAtARememberedLineContinuesWithTheRecordStartingThere() throws IOException {
		Path file = write("h1,h2\n甲,1\n\"乙\n二\",2\n丙,3\n");
		long nextLine;
		try (CsvFile csv = CsvFile.of(file, 0)) {
			nextLine = csv.next().line() + 1;
		}

		try (CsvFile resumed = CsvFile.of(file, nextLine)) {
			assertThat(resumed.next()).isEqualTo(new CsvRow(3, List.of("乙\n二", "2"), null));
			assertThat(resumed.next()).isEqualTo(new CsvRow(5, List.of("丙", "3"), null));
			assertThat(resumed.next()).isNull();
		}
	}

	@Test
	void bytesThatAreNotUtf8AndAQuoteInsideAnUnquotedFieldMarkTheRecordButNotTheOthers() throws IOException {
		Path file = directory.resolve("bad.csv");
		Files.write(file, new byte[] { 'h', ',', 'i', '\n', 'a', ',', (byte) 0xC3, (byte) 0x28, '\n', 'o', 'k', ',', '1',
				'\n', 'x', '"', 'y', ',', '2', '\n' });

		try (CsvFile csv = CsvFile.of(file, 0)) {
			assertThat(csv.next().problem()).isEqualTo("encoding");
			assertThat(csv.next()).isEqualTo(new CsvRow(3, List.of("ok", "1"), null));
			assertThat(csv.next().problem()).isEqualTo("quote");
		}
	}

	@Test
	void aNulCharacterInAFieldMarksItsRecordButNotTheOthers() throws IOException {
		Path file = write("h,i\n王\u0000五,1\nok,2\n");

		try (CsvFile csv = CsvFile.of(file, 0)) {
			CsvRow marked = csv.next();
			assertThat(marked.problem()).isEqualTo("nul");
			assertThat(marked.fields()).doesNotContain("王\u0000五");
			assertThat(csv.next()).isEqualTo(new CsvRow(3, List.of("ok", "2"), null));
		}
	}

	@Test
	void aFieldLongerThanTheLimitIsCutAndMarked() throws IOException {
		Path file = write("h\n" + "九".repeat(CsvFile.MAX_FIELD_CHARS + 1) + "\n");

		try (CsvFile csv = CsvFile.of(file, 0)) {
			CsvRow row = csv.next();
			assertThat(row.problem()).isEqualTo("too-long");
			assertThat(row.fields().get(0)).hasSize(CsvFile.MAX_FIELD_CHARS);
		}
	}

	@Test
	void anUnclosedQuoteTakesTheRestOfTheFileIntoOneField() throws IOException {
		Path file = write("a,b\n1,\"open\n2,3\n");

		try (CsvFile csv = CsvFile.of(file, 0)) {
			assertThat(csv.next().fields()).containsExactly("1", "open\n2,3\n");
			assertThat(csv.next()).isNull();
		}
	}

	@Test
	void anEmptyFileOrOneWhoseHeaderIsNotUtf8IsNoImportFile() {
		assertThatThrownBy(() -> CsvFile.of(new ByteArrayInputStream(new byte[0]))).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).fieldProblems().get(0).code()).isEqualTo("empty"));
		assertThatThrownBy(() -> CsvFile.of(new ByteArrayInputStream(new byte[] { (byte) 0xFF, ',', 'a', '\n' })))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).fieldProblems().get(0).code()).isEqualTo("not-csv"));
	}

	@Test
	void theHeaderNamesColumnsAndRowsAreReadByThem() {
		var csv = CsvFile.of(new ByteArrayInputStream(" id , name\n7,  张三 \n8\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(csv.header().names(List.of("id", "name"))).isTrue();
		CsvRow first = csv.next();
		assertThat(csv.header().value(first, "name")).isEqualTo("张三");
		assertThat(csv.header().valueOrNull(csv.next(), "name")).isNull();
		assertThat(csv.header().value(first, "unknown")).isEmpty();
	}

	private Path write(String content) throws IOException {
		Path file = directory.resolve("file.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
