package org.clientcare.shared.kyc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResidentIdNumberTest {

	private static final String KNOWN_GOOD = "11010519491231002X";

	@ParameterizedTest
	@ValueSource(strings = {KNOWN_GOOD, "310115198001010016", "310115198001010024", "440305200002291232",
			"11010519000101001X", "320102199912314568"})
	void wellFormedResidentIdWithCorrectCheckCharacterIsValid(String id) {
		assertThat(ResidentIdNumber.problem(id)).isEmpty();
		assertThat(ResidentIdNumber.isValid(id)).isTrue();
	}

	@Test
	void lowerCaseXAndSurroundingWhitespaceAreNormalizedAway() {
		assertThat(ResidentIdNumber.normalize(" 11010519491231002x\t")).isEqualTo(KNOWN_GOOD);
		assertThat(ResidentIdNumber.problem(" 11010519491231002x\t")).isEmpty();
		assertThat(ResidentIdNumber.birthDate("11010519491231002x")).isEqualTo(LocalDate.of(1949, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = {"110105194912310020", "110105194912310021", "110105194912310022",
			"110105194912310023", "110105194912310024", "110105194912310025", "110105194912310026",
			"110105194912310027", "110105194912310028", "110105194912310029"})
	void residentIdWithWrongCheckCharacterIsRejectedAsChecksum(String id) {
		assertThat(ResidentIdNumber.problem(id)).contains("checksum");
	}

	@Test
	void residentIdWithTwoDigitsSwappedIsRejectedAsChecksum() {
		assertThat(ResidentIdNumber.problem("11001519491231002X")).contains("checksum");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {"   ", "11010519491231002", "11010519491231002XX", "11010519491231002Y",
			"X10105194912310021", "1101051949123100X2", "110105-19491231-002X", "110105 19491231002X",
			"１１０１０５１９４９１２３１００２Ｘ", "110105491231002"})
	void residentIdThatIsNotSeventeenDigitsAndACheckCharacterIsRejectedAsFormat(String id) {
		assertThat(ResidentIdNumber.problem(id)).contains("format");
	}

	@ParameterizedTest
	@ValueSource(strings = {"19490230", "19491301", "19490000", "19491200", "20230229", "18991231", "00000101"})
	void residentIdWithImpossibleOrPre1900BirthDateIsRejectedAsBirthDate(String yyyyMMdd) {
		String first17 = "110105" + yyyyMMdd + "002";
		String id = first17 + ResidentIdNumber.checkChar(first17);

		assertThat(ResidentIdNumber.problem(id)).contains("birthDate");
	}

	@ParameterizedTest
	@ValueSource(strings = {"19000101", "20000229", "20241231"})
	void residentIdBornOnBoundaryOrLeapDayIsValid(String yyyyMMdd) {
		String first17 = "110105" + yyyyMMdd + "001";

		assertThat(ResidentIdNumber.problem(first17 + ResidentIdNumber.checkChar(first17))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({
			"11010519491231002X, 1949-12-31, FEMALE",
			"310115198001010016, 1980-01-01, MALE",
			"310115198001010024, 1980-01-01, FEMALE",
			"440305200002291232, 2000-02-29, MALE",
			"320102199912314568, 1999-12-31, FEMALE" })
	void birthDateAndGenderAreReadFromTheNumber(String id, LocalDate birthDate, String gender) {
		assertThat(ResidentIdNumber.birthDate(id)).isEqualTo(birthDate);
		assertThat(ResidentIdNumber.gender(id)).isEqualTo(gender);
	}

	@ParameterizedTest
	@CsvSource({"11010519491231002, X", "31011519800101001, 6", "11010519000101001, X", "32010219991231456, 8"})
	void checkCharIsTheIso7064Mod11Dash2CheckOfTheFirstSeventeenDigits(String first17, char expected) {
		assertThat(ResidentIdNumber.checkChar(first17)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {"1101051949123100", "110105194912310021", "1101051949123100A"})
	void checkCharRefusesAnythingButSeventeenDigits(String first17) {
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.checkChar(first17));
	}

	@Test
	void birthDateAndGenderRefuseAnInvalidNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.birthDate("110105194912310021"))
				.withMessageContaining("checksum");
		assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.gender("not an id"))
				.withMessageContaining("format");
	}

	@Test
	void normalizeKeepsNull() {
		assertThat(ResidentIdNumber.normalize(null)).isNull();
	}

	@Test
	void theBirthDateIsReadAsTheStrictDateFormatReadsItForEveryDayAndForImpossibleDays() {
		DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
		List<String> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
			days.add(day.format(strict));
		}
		days.addAll(List.of("00000101", "19000229", "20000229", "20010229", "19991301", "19990001", "19990100", "19990132",
				"19990431", "99991231"));
		for (String yyyyMMdd : days) {
			String first17 = "110105" + yyyyMMdd + "123";
			String id = first17 + ResidentIdNumber.checkChar(first17);
			LocalDate read;
			try {
				read = LocalDate.parse(yyyyMMdd, strict);
			}
			catch (DateTimeParseException e) {
				read = null;
			}
			boolean valid = read != null && !read.isBefore(LocalDate.of(1900, 1, 1));
			assertThat(ResidentIdNumber.problem(id)).as(id).isEqualTo(valid ? Optional.empty() : Optional.of("birthDate"));
			if (valid) {
				assertThat(ResidentIdNumber.birthDate(id)).as(id).isEqualTo(read);
			}
		}
	}
}
