package org.clientcare.shared.kyc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MainlandMobileTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			13800138000          | 13800138000
			+86 138 0013 8000    | 13800138000
			+8613800138000       | 13800138000
			138-0013-8000        | 13800138000
			0086 138 0013 8000   | 13800138000
			(+86) 138.0013.8000  | 13800138000
			'  13800138000 '     | 13800138000
			19912345678          | 19912345678
			17612345678          | 17612345678
			15912345678          | 15912345678
			""")
	void mobileNumberInNationalOrInternationalFormIsNormalizedToElevenDigits(String input, String expected) {
		assertThat(MainlandMobile.normalize(input)).contains(expected);
		assertThat(MainlandMobile.isValid(input)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {"12345678901", "1380013800", "138001380001", "02161234567", "021-6123-4567",
			"+86 21 6123 4567", "01012345678", "+1 650 253 0000", "+852 9123 4567", "+44 7911 123456",
			"13800138000abc", "1380013800O", "tel:13800138000", "   "})
	void numberThatIsNotAValidMainlandMobileIsRejected(String input) {
		assertThat(MainlandMobile.normalize(input)).isEmpty();
		assertThat(MainlandMobile.isValid(input)).isFalse();
	}
}
