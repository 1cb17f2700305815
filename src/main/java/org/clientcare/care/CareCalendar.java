package org.clientcare.care;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tyme.lunar.LunarDay;
import com.tyme.lunar.LunarMonth;
import com.tyme.lunar.LunarYear;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;

/**
 * The care calendar (关怀日历): the days of the festivals that greet customers in a Gregorian year, from the lunar
 * calendar (春节 1/1, 元宵 1/15, 端午 5/5, 中秋 8/15, 重阳 9/9 of the lunar year) and fixed dates (元旦 1 January, 国庆
 * 1 October), and the 24 solar terms (节气) for reference; and the day of a lunar birthday in a lunar year. Lunar dates
 * come from tyme4j's astronomical calendar, not from its holiday table: working days are the business calendar's.
 */
public final class CareCalendar {

	private static final Map<Occasion, int[]> LUNAR = new EnumMap<>(Map.of(Occasion.SPRING_FESTIVAL, new int[] { 1, 1 },
			Occasion.LANTERN, new int[] { 1, 15 }, Occasion.DRAGON_BOAT, new int[] { 5, 5 }, Occasion.MID_AUTUMN,
			new int[] { 8, 15 }, Occasion.DOUBLE_NINTH, new int[] { 9, 9 }));

	private static final Map<Occasion, MonthDay> FIXED = new EnumMap<>(Map.of(Occasion.NEW_YEAR, MonthDay.of(1, 1),
			Occasion.NATIONAL_DAY, MonthDay.of(10, 1)));

	/** The years tyme4j's tables answer for (and more than any customer needs). */
	public static final int FIRST_YEAR = 1901;

	public static final int LAST_YEAR = 2099;

	private CareCalendar() {
	}

	/** The festivals of a Gregorian year, in date order. */
	public static Map<Occasion, LocalDate> festivals(int year) {
		requireYear(year);
		Map<Occasion, LocalDate> days = new EnumMap<>(Occasion.class);
		FIXED.forEach((occasion, day) -> days.put(occasion, day.atYear(year)));
		// A Gregorian year holds the lunar festivals of the lunar year that begins in it (春节 falls in January or
		// February): 重阳 of that lunar year is in October or November of the same Gregorian year.
		LUNAR.forEach((occasion, md) -> days.put(occasion, date(LunarDay.fromYmd(year, md[0], md[1]).getSolarDay())));
		return days;
	}

	/** The festival on a day, if any. */
	public static Optional<Occasion> festivalOn(LocalDate day) {
		if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
			return Optional.empty();
		}
		return festivals(day.getYear()).entrySet().stream().filter(e -> e.getValue().equals(day)).map(Map.Entry::getKey)
			.findFirst();
	}

	/** The 24 solar terms (节气) falling in a Gregorian year, by their Chinese names, in date order. */
	public static List<Map.Entry<String, LocalDate>> solarTerms(int year) {
		requireYear(year);
		List<Map.Entry<String, LocalDate>> terms = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			SolarTerm term = SolarTerm.fromIndex(year, i);
			LocalDate day = date(term.getJulianDay().getSolarDay());
			if (day.getYear() == year && terms.stream().noneMatch(t -> t.getValue().equals(day))) {
				terms.add(Map.entry(term.getName(), day));
			}
		}
		terms.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
		return terms;
	}

	/** The lunar date of a Gregorian day (for a customer's lunar birthday, from the birth date). */
	public static LunarDate lunarDateOf(LocalDate day) {
		LunarDay lunar = SolarDay.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth()).getLunarDay();
		LunarMonth month = lunar.getLunarMonth();
		return new LunarDate(lunar.getYear(), Math.abs(month.getMonthWithLeap()), month.isLeap(), lunar.getDay());
	}

	/**
	 * The Gregorian day on which a lunar birthday (month 1–12, day 1–30) falls in a lunar year. A birthday on the 30th
	 * is kept on the 29th in a month of 29 days (小月); a birthday in a leap month (闰月) is kept in the ordinary month
	 * of that number, which every year has — the leap month comes back only every few years — so a birthday falls once
	 * in every lunar year.
	 */
	public static LocalDate lunarBirthday(int lunarYear, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("A lunar date has a month 1–12 and a day 1–30");
		}
		LunarMonth lunarMonth = LunarMonth.fromYm(lunarYear, month);
		int kept = Math.min(day, lunarMonth.getDayCount());
		return date(LunarDay.fromYmd(lunarYear, month, kept).getSolarDay());
	}

	/** The lunar year in which a Gregorian day lies (it begins at 春节). */
	public static int lunarYearOf(LocalDate day) {
		return lunarDateOf(day).year();
	}

	/** Whether a lunar year has a leap month, and which (0: none). */
	public static int leapMonth(int lunarYear) {
		return LunarYear.fromYear(lunarYear).getLeapMonth();
	}

	private static LocalDate date(SolarDay day) {
		return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
	}

	private static void requireYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("The care calendar covers " + FIRST_YEAR + "–" + LAST_YEAR);
		}
	}

	/** A date of the lunar calendar: year, month (1–12), whether the month is the leap month, day (1–30). */
	public record LunarDate(int year, int month, boolean leap, int day) {
	}
}
