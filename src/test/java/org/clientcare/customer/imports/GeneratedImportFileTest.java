package org.clientcare.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientcare.demo.CustomerFileGenerator;
import org.clientcare.identity.OrgUnit;
import org.clientcare.identity.Role;
import org.clientcare.identity.StaffUser;
import org.clientcare.shared.csv.CsvFile;
import org.clientcare.shared.csv.CsvRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's files pass the import's rules, except exactly the share of rows it was asked to spoil. */
class GeneratedImportFileTest {

	private static final List<OrgUnit> UNITS = List.of(
			new OrgUnit(1, "HQ", "总行", "Head office", OrgUnit.Kind.HEAD_OFFICE, null, "/1/"),
			new OrgUnit(2, "SH", "上海分行", "Shanghai", OrgUnit.Kind.BRANCH, 1L, "/1/2/"),
			new OrgUnit(3, "SH-PD", "浦东支行", "Pudong", OrgUnit.Kind.SUB_BRANCH, 2L, "/1/2/3/"),
			new OrgUnit(4, "SH-XH", "徐汇支行", "Xuhui", OrgUnit.Kind.SUB_BRANCH, 2L, "/1/2/4/"));

	private static final Map<String, StaffUser> MANAGERS = Map.of(
			"zhang.rm", new StaffUser(10, "zhang.rm", "张", Role.ACCOUNT_MANAGER, 3, null, true),
			"li.rm", new StaffUser(11, "li.rm", "李", Role.ACCOUNT_MANAGER, 4, null, true));

	@TempDir
	Path directory;

	@Test
	void aFileOfTwoThousandWithFivePercentBadRowsHasExactlyOneHundredRowsTheImportRejects() throws IOException {
		Path file = directory.resolve("customers.csv");

		int exit = CustomerFileGenerator.run(new String[] { "--generate-customers=2000", "--output=" + file, "--seed=7",
				"--bad-rows=0.05" });

		assertThat(exit).isZero();
		int valid = 0;
		int rejected = 0;
		Set<String> documents = new HashSet<>();
		Set<String> units = new HashSet<>();
		try (CsvFile csv = CsvFile.of(file, 0)) {
			ImportRules rules = new ImportRules(ImportRules.header(csv.header()), UNITS,
					name -> Optional.ofNullable(MANAGERS.get(name)), LocalDate.now());
			CsvRow record;
			while ((record = csv.next()) != null) {
				var outcome = rules.check(record);
				if (!outcome.valid()) {
					rejected++;
				}
				else {
					valid++;
					documents.add(outcome.value().idNumber());
					units.add(record.fields().get(11));
					assertThat(outcome.value().name()).matches("\\p{IsHan}{2,}");
				}
			}
		}
		assertThat(valid).isEqualTo(1900);
		assertThat(rejected).isEqualTo(100);
		assertThat(documents).hasSize(1900);
		assertThat(units).containsExactlyInAnyOrder("SH-PD", "SH-XH");
	}

	@Test
	void theSameSeedWritesTheSameFile() throws IOException {
		Path one = directory.resolve("one.csv");
		Path two = directory.resolve("two.csv");

		CustomerFileGenerator.run(new String[] { "--generate-customers=300", "--output=" + one, "--seed=42" });
		CustomerFileGenerator.run(new String[] { "--generate-customers=300", "--output=" + two, "--seed=42" });

		assertThat(Files.readAllLines(one)).hasSize(301).isEqualTo(Files.readAllLines(two));
	}
}
