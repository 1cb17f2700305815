package org.clientcare.shared.kyc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnifiedSocialCreditCodeTest {

	private static final String KNOWN_GOOD = "91110000100010433L";

	@ParameterizedTest
	@ValueSource(strings = {KNOWN_GOOD, "91330100799655058B", "91440300708461136T"})
	void publishedCreditCodeIsValid(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@Test
	void lowerCaseAndSurroundingWhitespaceAreNormalizedAway() {
		assertThat(UnifiedSocialCreditCode.normalize(" 91110000100010433l\n")).isEqualTo(KNOWN_GOOD);
		assertThat(UnifiedSocialCreditCode.problem(" 91110000100010433l\n")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"91110000100010433M", "91110000100010433K", "91110000100010433Y",
			"911100001000104330", "91110000100010433A"})
	void creditCodeWithWrongCheckCharacterIsRejectedAsChecksum(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains("checksum");
	}

	@Test
	void creditCodeWithAChangedOrganisationCodeIsRejectedAsChecksum() {
		assertThat(UnifiedSocialCreditCode.problem("91110000100010434L")).contains("checksum");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {"9111000010001043L", "91110000100010433LL", "91110000100010433I",
			"9111000010001O433L", "9111000010001S433L", "9111000010001V433L", "9111000010001Z433L",
			"91110000-10001043L", "91110000 10001043L"})
	void creditCodeOutsideTheAlphabetOrOfWrongLengthIsRejectedAsFormat(String code) {
		assertThat(UnifiedSocialCreditCode.problem(code)).contains("format");
	}

	@ParameterizedTest
	@CsvSource({"91110000100010433, L", "91330100799655058, B", "91440300708461136, T",
			"00000000000000000, 0", "10000000000000000, Y"})
	void checkCharIsThirtyOneMinusTheWeightedSumModuloThirtyOne(String first17, char expected) {
		assertThat(UnifiedSocialCreditCode.checkChar(first17)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {"9111000010001043", "911100001000104331", "9111000010001043I"})
	void checkCharRefusesAnythingButSeventeenAlphabetCharacters(String first17) {
		assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.checkChar(first17));
	}
}
