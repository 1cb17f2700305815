package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.clientcare.care.GreetingDay.Due;
import org.clientcare.care.GreetingDay.Kind;
import org.junit.jupiter.api.Test;

class GreetingDayTest {

	@Test
	void midAutumn2027GreetsEveryoneForTheFestivalAndTheDaysBirthdays() {
		List<Due> due = GreetingDay.on(LocalDate.of(2027, 9, 15));

		assertThat(due).extracting(Due::kind).containsExactly(Kind.FESTIVAL, Kind.GREGORIAN_BIRTHDAY, Kind.LUNAR_BIRTHDAY);
		assertThat(due.get(0).occasion()).isEqualTo(Occasion.MID_AUTUMN);
		assertThat(due.get(2).month()).isEqualTo(8);
		assertThat(due.get(2).days()).containsExactly(15);
	}

	@Test
	void onThe29thOfALunarMonthOf29DaysThoseBornOnThe30thAreGreetedToo() {
		// 2026-04-16 is the 29th of the second lunar month of 2026, which has 29 days.
		Due lunar = lunarBirthdays(LocalDate.of(2026, 4, 16));

		assertThat(lunar.month()).isEqualTo(2);
		assertThat(lunar.days()).containsExactly(29, 30);
		assertThat(lunar.year()).isEqualTo(2026);
	}

	@Test
	void onThe29thOfALunarMonthOf30DaysThoseBornOnThe30thWaitForTheirDay() {
		// 2027-04-05 is the 29th of the second lunar month of 2027, which has 30 days.
		assertThat(lunarBirthdays(LocalDate.of(2027, 4, 5)).days()).containsExactly(29);
	}

	@Test
	void aLeapMonthGreetsNoLunarBirthday() {
		// 2028-06-25 is 闰五月初三.
		assertThat(GreetingDay.on(LocalDate.of(2028, 6, 25))).extracting(Due::kind)
			.doesNotContain(Kind.LUNAR_BIRTHDAY);
	}

	@Test
	void aLunarBirthdayInJanuaryBelongsToTheLunarYearBefore() {
		assertThat(lunarBirthdays(LocalDate.of(2022, 1, 7)).year()).isEqualTo(2021);
	}

	@Test
	void those29FebruaryBornAreGreetedOn28FebruaryOfACommonYear() {
		Due gregorian = GreetingDay.on(LocalDate.of(2027, 2, 28)).stream()
			.filter(d -> d.kind() == Kind.GREGORIAN_BIRTHDAY).findFirst().orElseThrow();
		assertThat(gregorian.days()).containsExactly(28, 29);
		Due leapYear = GreetingDay.on(LocalDate.of(2028, 2, 28)).stream()
			.filter(d -> d.kind() == Kind.GREGORIAN_BIRTHDAY).findFirst().orElseThrow();
		assertThat(leapYear.days()).containsExactly(28);
	}

	private static Due lunarBirthdays(LocalDate day) {
		return GreetingDay.on(day).stream().filter(d -> d.kind() == Kind.LUNAR_BIRTHDAY).findFirst().orElseThrow();
	}
}
