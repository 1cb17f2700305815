package org.clientcare.shared.pii;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@ParameterizedTest
	@CsvSource({
			"11010519491231002X, 110105********002X",
			"110105491231002, 110105*****1002",
			"E12345678, E******78",
			"G1234567, G*****67",
			"' 11010519491231002X ', 110105********002X",
			"AB1, ***" })
	void idNumberKeepsTheAreaCodeAndLastFourOrForShortDocumentsTheFirstAndLastTwo(String id, String masked) {
		assertThat(Masking.idNumber(id)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({
			"13800138000, 138****8000",
			"61234567, ****4567",
			"+8613800138000, **********8000",
			"123, ***" })
	void phoneKeepsFirstThreeAndLastFourOfElevenDigitsOtherwiseOnlyTheLastFour(String phone, String masked) {
		assertThat(Masking.phone(phone)).isEqualTo(masked);
	}

	@Test
	void inTextMasksEveryResidentIdAndMobileNumberInFreeTextAndLeavesOtherNumbersAlone() {
		assertThat(Masking.inText("客户 11010519491231002X 电话 13800138000，金额 13800138000.00 元，单号 A13800138000"))
			.isEqualTo("客户 110105********002X 电话 138****8000，金额 13800138000.00 元，单号 A13800138000");
		assertThat(Masking.inText("{\"title\":\"证件310115198001010016\",\"at\":1733000000000}"))
			.isEqualTo("{\"title\":\"证件310115********0016\",\"at\":1733000000000}");
		assertThat(Masking.inText(null)).isNull();
	}

	@ParameterizedTest
	@CsvSource({
			"zhang.san@example.com, z***@example.com",
			"a@b.cn, a***@b.cn",
			"张三@例子.中国, 张***@例子.中国",
			"\"odd@local\"@example.com, \"***@example.com",
			"no-at-sign, n***" })
	void emailKeepsTheFirstCharacterOfTheLocalPartAndTheDomain(String email, String masked) {
		assertThat(Masking.email(email)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({
			"上海市浦东新区世纪大道1234弄56号789室, 上海市浦东新****",
			"北京市朝阳区建国路88号, 北京市朝阳区****",
			"上海市浦东新, 上****",
			"浦东, 浦****" })
	void addressKeepsTheFirstSixCharactersOrOnlyTheFirstWhenShort(String address, String masked) {
		assertThat(Masking.address(address)).isEqualTo(masked);
	}

	@Test
	void maskingNeverSplitsASupplementaryCharacter() {
		String address = "𠮷野家𠀀路𠀁号𠀂室";
		String maskedAddress = Masking.address(address);
		String maskedId = Masking.idNumber("𠮷𠀀12345");

		assertThat(maskedAddress).isEqualTo("𠮷野家𠀀路𠀁****");
		assertThat(maskedId).isEqualTo("𠮷****45");
		assertThat(Masking.email("𠮷田@example.jp")).isEqualTo("𠮷***@example.jp");
		assertThat(maskedAddress.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
	}

	@Test
	void birthDateKeepsOnlyTheYear() {
		assertThat(Masking.birthDate(LocalDate.of(1949, 12, 31))).isEqualTo("1949-**-**");
		assertThat(Masking.birthDate(LocalDate.of(2004, 1, 1))).isEqualTo("2004-**-**");
		assertThat(Masking.birthDate(LocalDate.of(987, 6, 5))).as("four digits, as %04d").isEqualTo("0987-**-**");
		assertThat(Masking.birthDate(LocalDate.of(12345, 6, 5))).isEqualTo("12345-**-**");
		assertThat(Masking.birthDate(LocalDate.of(-5, 6, 5))).isEqualTo("-005-**-**");
	}

	@Test
	void nullStaysNullAndEmptyStaysEmpty() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.email(null)).isNull();
		assertThat(Masking.address(null)).isNull();
		assertThat(Masking.birthDate(null)).isNull();
		assertThat(Masking.address("")).isEmpty();
		assertThat(Masking.idNumber("")).isEmpty();
	}
}
