package org.clientcare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

	@Test
	void aStoredDateIsReadAsTheIsoFormatterReadsIt() {
		for (LocalDate day = LocalDate.of(1899, 12, 25); day.isBefore(LocalDate.of(1904, 3, 5)); day = day.plusDays(1)) {
			assertThat(IsoDates.parse(day.toString())).isEqualTo(LocalDate.parse(day.toString()));
		}
		assertThat(IsoDates.parse("0987-06-05")).isEqualTo(LocalDate.of(987, 6, 5));
		assertThat(IsoDates.parse("+12345-06-05")).isEqualTo(LocalDate.of(12345, 6, 5));
	}

	@Test
	void whatTheIsoFormatterRefusesIsRefused() {
		for (String bad : new String[] { "2023-02-29", "2024-13-01", "2024-00-10", "+024-01-01", "2024/01/01", "24-01-01",
				"２０２４-01-01" }) {
			assertThatThrownBy(() -> IsoDates.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
		}
	}
}
