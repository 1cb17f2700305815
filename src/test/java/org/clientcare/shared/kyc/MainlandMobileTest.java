package org.clientcare.shared.kyc;

import java.util.Optional;
import java.util.Random;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;
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

	@Test
	void everyNumberIsJudgedAsLibphonenumberJudgesAValidMobileNumberForChina() throws NumberParseException {
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		Random random = new Random(11);
		String[] forms = { "%s", "+86%s", "0086 %s", "+852%s", "+1%s", "0%s" };
		int accepted = 0;
		for (int prefix = 1000; prefix < 2000; prefix++) {
			for (int i = 0; i < 4; i++) {
				String national = prefix + String.format("%07d", random.nextInt(10_000_000));
				for (String form : forms) {
					String input = String.format(form, national);
					PhoneNumber number = util.parse(input, "CN");
					boolean mobile = util.isValidNumberForRegion(number, "CN")
							&& (util.getNumberType(number) == PhoneNumberType.MOBILE
									|| util.getNumberType(number) == PhoneNumberType.FIXED_LINE_OR_MOBILE);
					Optional<String> expected = mobile ? Optional.of(util.getNationalSignificantNumber(number)) : Optional.empty();
					assertThat(MainlandMobile.normalize(input)).as(input).isEqualTo(expected);
					accepted += mobile ? 1 : 0;
				}
			}
		}
		assertThat(accepted).as("numbers accepted among those tried").isGreaterThan(500);
	}

	@Test
	void theTableOfPrefixesJudgesEveryElevenDigitNumberItCoversAsLibphonenumberDoes() {
		Random random = new Random(23);
		int covered = 0;
		int mobilePrefixes = 0;
		for (int prefix = 10_000; prefix < 20_000; prefix++) {
			Optional<Boolean> verdict = MainlandMobile.tableVerdict(prefix);
			if (verdict.isEmpty()) {
				continue;
			}
			covered++;
			mobilePrefixes += verdict.get() ? 1 : 0;
			for (int i = 0; i < 12; i++) {
				String number = prefix + String.format("%06d", i == 0 ? 0 : i == 1 ? 999_999 : random.nextInt(1_000_000));
				Optional<String> libphonenumber = MainlandMobile.viaLibphonenumber(number);
				assertThat(libphonenumber.isPresent()).as(number).isEqualTo(verdict.get());
				assertThat(MainlandMobile.normalize(number)).as(number).isEqualTo(libphonenumber);
			}
		}
		assertThat(covered).as("prefixes the table covers").isGreaterThan(6_000);
		assertThat(mobilePrefixes).as("mobile prefixes among them").isGreaterThan(4_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12039004477", "11188001887", "17900861381", "11200861380", "10012345678" })
	void anElevenDigitNumberLibphonenumberReadsWithACarrierCodeOrAnInternationalPrefixIsJudgedByIt(String number) {
		assertThat(MainlandMobile.tableVerdict(Integer.parseInt(number.substring(0, 5))).orElse(false)).isFalse();
		assertThat(MainlandMobile.normalize(number)).isEqualTo(MainlandMobile.viaLibphonenumber(number)).isEmpty();
	}
}
