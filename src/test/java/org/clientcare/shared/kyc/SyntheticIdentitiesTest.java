package org.clientcare.shared.kyc;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticIdentitiesTest {

	private static final int SAMPLES = 10_000;
	private static final Set<String> KNOWN_AREA_CODES = Set.of("310115", "310104", "310101", "310105", "310106",
			"310107", "310110", "310112", "110105", "110108", "440305", "440106", "330106", "320102");
	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官");

	private final SyntheticIdentities identities = new SyntheticIdentities(new Random(20240601L));

	@Test
	void tenThousandGeneratedResidentIdsAreValidAdultsFromKnownDistrictsAndMostlyDistinct() {
		List<String> ids = sample(identities::residentId);

		assertThat(ids).allSatisfy(id -> {
			assertThat(ResidentIdNumber.problem(id)).as(id).isEmpty();
			assertThat(ResidentIdNumber.birthDate(id)).isBetween(LocalDate.of(1945, 1, 1), LocalDate.of(2004, 12, 31));
			assertThat(id.substring(0, 6)).isIn(KNOWN_AREA_CODES);
		});
		assertThat(new HashSet<>(ids)).hasSizeGreaterThanOrEqualTo(SAMPLES - 10);
		assertThat(ids).extracting(ResidentIdNumber::gender).containsOnly("MALE", "FEMALE")
				.filteredOn("MALE"::equals).hasSizeBetween(4_500, 5_500);
	}

	@ParameterizedTest
	@CsvSource({
			"1949-12-31, false, 110105",
			"1900-01-01, true, 310115",
			"2000-02-29, false, 310104",
			"1987-06-15, true, 440305" })
	void residentIdCarriesTheRequestedBirthDateGenderAndAreaCode(LocalDate birthDate, boolean male, String areaCode) {
		for (int i = 0; i < 200; i++) {
			String id = identities.residentId(birthDate, male, areaCode);

			assertThat(ResidentIdNumber.problem(id)).as(id).isEmpty();
			assertThat(id).startsWith(areaCode);
			assertThat(ResidentIdNumber.birthDate(id)).isEqualTo(birthDate);
			assertThat(ResidentIdNumber.gender(id)).isEqualTo(male ? "MALE" : "FEMALE");
			assertThat(id.substring(14, 17)).isNotEqualTo("000");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "31011", "3101150", "31011A"})
	void residentIdRefusesAnAreaCodeThatIsNotSixDigits(String areaCode) {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> identities.residentId(LocalDate.of(1980, 1, 1), true, areaCode));
	}

	@Test
	void residentIdRefusesABirthDateBefore1900() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> identities.residentId(LocalDate.of(1899, 12, 31), true, "310115"));
	}

	@Test
	void randomAreaCodeCoversEveryKnownDistrictAndNothingElse() {
		assertThat(new HashSet<>(sample(identities::randomAreaCode))).isEqualTo(KNOWN_AREA_CODES);
	}

	@Test
	void tenThousandGeneratedCreditCodesAreValidDistinctAndStructured() {
		List<String> codes = sample(identities::uscc);

		assertThat(codes).allSatisfy(code -> {
			assertThat(UnifiedSocialCreditCode.problem(code)).as(code).isEmpty();
			assertThat(code.substring(0, 2)).isIn("91", "12");
			assertThat(code.substring(2, 8)).isIn(KNOWN_AREA_CODES);
			assertThat(code.charAt(16))
					.isEqualTo(SyntheticIdentities.organizationCodeCheckChar(code.substring(8, 16)));
		});
		assertThat(new HashSet<>(codes)).hasSize(SAMPLES);
		assertThat(codes).extracting(code -> code.substring(0, 2)).contains("91", "12");
	}

	@ParameterizedTest
	@CsvSource({"10001043, 3", "79965505, 8", "70846113, 6"})
	void organisationCodeCheckCharMatchesPublishedOrganisationCodes(String body, char expected) {
		assertThat(SyntheticIdentities.organizationCodeCheckChar(body)).isEqualTo(expected);
	}

	@Test
	void tenThousandGeneratedMobileNumbersAreValidMainlandMobilesWithCommonPrefixes() {
		List<String> phones = sample(identities::mobile);

		assertThat(phones).allSatisfy(phone -> {
			assertThat(MainlandMobile.normalize(phone)).as(phone).contains(phone);
			assertThat(phone).matches("1(3[0-9]|5[0-35-9]|7[6-8]|8[0-9]|9[89])[0-9]{8}");
		});
		assertThat(new HashSet<>(phones)).hasSizeGreaterThanOrEqualTo(SAMPLES - 10);
	}

	@ParameterizedTest
	@ValueSource(booleans = {true, false})
	void personNamesAreTwoToFourChineseCharacters(boolean male) {
		List<String> names = sample(() -> identities.personName(male));

		assertThat(names).allSatisfy(name -> assertThat(name).matches("\\p{IsHan}{2,4}"));
		assertThat(names).anySatisfy(name -> assertThat(name).hasSize(2));
		assertThat(names).anySatisfy(name -> assertThat(name).hasSize(3));
		assertThat(names).anySatisfy(name -> assertThat(surname(name)).isIn(COMPOUND_SURNAMES));
		assertThat(new HashSet<>(names)).hasSizeGreaterThan(1_000);
	}

	@Test
	void commonSurnamesAreFarMoreFrequentThanRareOnes() {
		Map<String, Long> bySurname = sample(() -> identities.personName(true)).stream()
				.collect(Collectors.groupingBy(SyntheticIdentitiesTest::surname, Collectors.counting()));

		assertThat(bySurname.getOrDefault("王", 0L)).isGreaterThan(5 * bySurname.getOrDefault("汤", 0L));
		assertThat(bySurname.getOrDefault("李", 0L) + bySurname.getOrDefault("张", 0L))
				.isGreaterThan(SAMPLES / 15);
		assertThat(bySurname).hasSizeGreaterThan(80);
	}

	@Test
	void maleAndFemaleNamesDrawOnDifferentGivenNames() {
		Set<String> male = givenNames(true);
		Set<String> female = givenNames(false);

		assertThat(male).hasSizeGreaterThan(50).doesNotContainAnyElementsOf(female);
		assertThat(female).hasSizeGreaterThan(50);
	}

	@Test
	void companyNamesHaveCityTradeNameIndustryAndLegalForm() {
		List<String> names = sample(identities::companyName);

		assertThat(names).allSatisfy(name ->
				assertThat(name).matches("(上海|北京|深圳|广州|杭州|南京)\\p{IsHan}{2}\\p{IsHan}{1,8}(股份)?有限公司"));
		assertThat(names).anySatisfy(name -> assertThat(name).endsWith("股份有限公司"));
		assertThat(names).anySatisfy(name -> assertThat(name).doesNotContain("股份"));
	}

	@Test
	void institutionNamesAreScopedToACityDistrict() {
		assertThat(sample(identities::institutionName)).allSatisfy(name ->
				assertThat(name).matches("(上海|北京|深圳|广州|杭州|南京)市\\p{IsHan}{1,3}区\\p{IsHan}{3,10}"))
				.contains("上海市徐汇区第一中心小学");
	}

	@Test
	void addressesNameDistrictRoadNumberAndRoom() {
		List<String> addresses = sample(identities::address);

		assertThat(addresses).allSatisfy(address -> assertThat(address)
				.matches("(\\p{IsHan}+省)?\\p{IsHan}+市\\p{IsHan}+区\\p{IsHan}+(路|大道|大街)"
						+ "([0-9]+弄[0-9]+号|[0-9]+号[0-9]+栋)[0-9]{3,4}室"));
		assertThat(addresses).anySatisfy(address -> assertThat(address).startsWith("上海市浦东新区世纪大道"))
				.anySatisfy(address -> assertThat(address).startsWith("广东省深圳市南山区"));
	}

	@Test
	void sameSeedGivesTheSameIdentitiesAndADifferentSeedDoesNot() {
		Function<SyntheticIdentities, List<String>> draw = generator -> IntStream.range(0, 50)
				.mapToObj(i -> String.join("|", generator.residentId(), generator.uscc(), generator.mobile(),
						generator.personName(i % 2 == 0), generator.companyName(), generator.institutionName(),
						generator.address()))
				.toList();

		assertThat(draw.apply(new SyntheticIdentities(new Random(7)))).isEqualTo(draw.apply(new SyntheticIdentities(7)))
				.isNotEqualTo(draw.apply(new SyntheticIdentities(8)));
	}

	private Set<String> givenNames(boolean male) {
		return sample(() -> identities.personName(male)).stream()
				.map(name -> name.substring(surname(name).length()))
				.collect(Collectors.toSet());
	}

	private static String surname(String name) {
		return COMPOUND_SURNAMES.stream().filter(name::startsWith).findFirst().orElse(name.substring(0, 1));
	}

	private static List<String> sample(Supplier<String> generator) {
		return IntStream.range(0, SAMPLES).mapToObj(i -> generator.get()).toList();
	}
}
