package org.clientcare.shared.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clientcare.shared.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeFileTest {

	/** A row of the file under test: an id and an amount, both required. */
	record Row(String id, int amount) {
	}

	private final Set<String> recorded = new HashSet<>();

	private final List<String> calls = new ArrayList<>();

	private IntakeFile<Row> file() {
		return new IntakeFile<Row>(List.of("id", "amount"), "The header row must name id, amount", IntakeFileTest::parse,
				row -> {
					calls.add(row.id());
					if (row.amount() > 100) {
						throw InvalidInput.of("at", "range", "Too much");
					}
					return recorded.add(row.id());
				}).columnOf(field -> field.equals("at") ? "amount" : field);
	}

	private static Row parse(IntakeFile.Record r) {
		var problems = new InvalidInput.Collector();
		String id = r.value("id").orElse(null);
		if (id == null) {
			problems.add("id", "required", "An id");
		}
		Integer amount = null;
		try {
			amount = r.value("amount").map(Integer::valueOf).orElse(null);
		}
		catch (NumberFormatException e) {
			problems.add("amount", "type", "A number");
		}
		problems.throwIfAny();
		return new Row(id, amount == null ? 0 : amount);
	}

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFileWhoseHeaderLacksARequiredColumnIsRefusedAsAWholeNamingTheFile() {
		assertThatThrownBy(() -> file().importCsv(csv("id,total\nA,1\n")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.fieldProblems()).extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("file", "header")));
		assertThat(calls).isEmpty();
	}

	@Test
	void validRowsAreRecordedAndRefusedRowsAreListedByLineWithTheirField() {
		var report = file().importCsv(csv("id,amount\nA,1\n,2\nB,x\nC,3\n"));

		assertThat(report.total()).isEqualTo(4);
		assertThat(report.recorded()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(2);
		assertThat(report.errors()).containsExactly(new IntakeFile.RowError(3, "id", "required"),
				new IntakeFile.RowError(4, "amount", "type"));
		assertThat(calls).containsExactly("A", "C");
	}

	@Test
	void sendingTheSameFileAgainRepeatsNothing() {
		file().importCsv(csv("id,amount\nA,1\nB,2\n"));

		var again = file().importCsv(csv("id,amount\nA,1\nB,2\n"));

		assertThat(again.recorded()).isZero();
		assertThat(again.repeated()).isEqualTo(2);
	}

	@Test
	void aRowTheIntakeRefusesIsListedUnderTheFilesColumnNotTheApisField() {
		var report = file().importCsv(csv("id,amount\nA,500\nB,2\n"));

		assertThat(report.errors()).containsExactly(new IntakeFile.RowError(2, "amount", "range"));
		assertThat(report.recorded()).isEqualTo(1);
	}

	@Test
	void blankValuesCountAsAbsentAndSurroundingSpacesAreIgnored() {
		var report = file().importCsv(csv("id,amount\n  A , 7 \n   ,1\n"));

		assertThat(report.recorded()).isEqualTo(1);
		assertThat(report.errors()).containsExactly(new IntakeFile.RowError(3, "id", "required"));
	}
}
