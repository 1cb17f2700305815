package org.clientcare.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tyme.lunar.LunarMonth;

/**
 * Who is greeted on a day (问候日): the festival of the day, if any, for everyone its setting names; customers whose
 * Gregorian birthday it is (those born on 29 February on 28 February of a common year); and customers who keep their
 * birthday by the lunar calendar and whose lunar birthday it is — in the ordinary month of their birth month's number
 * (a leap month greets no one), and on the 29th of a month of 29 days for those born on a 30th. Each greeting is keyed
 * by the year it belongs to: the Gregorian year, or the lunar year for a lunar birthday.
 */
public final class GreetingDay {

	private GreetingDay() {
	}

	/** The greetings due on a day. */
	public static List<Due> on(LocalDate day) {
		List<Due> due = new ArrayList<>();
		CareCalendar.festivalOn(day).ifPresent(festival -> due.add(Due.festival(festival, day)));
		List<Integer> days = new ArrayList<>(List.of(day.getDayOfMonth()));
		if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
			days.add(29);
		}
		due.add(new Due(Occasion.BIRTHDAY, day.getYear(), day, Kind.GREGORIAN_BIRTHDAY, day.getMonthValue(), days));
		CareCalendar.LunarDate lunar = CareCalendar.lunarDateOf(day);
		if (!lunar.leap()) {
			List<Integer> lunarDays = new ArrayList<>(List.of(lunar.day()));
			if (lunar.day() == 29 && LunarMonth.fromYm(lunar.year(), lunar.month()).getDayCount() == 29) {
				lunarDays.add(30);
			}
			due.add(new Due(Occasion.BIRTHDAY, lunar.year(), day, Kind.LUNAR_BIRTHDAY, lunar.month(), lunarDays));
		}
		return due;
	}

	/** Which customers a due greeting is for. */
	public enum Kind {
		/** Everyone the occasion's setting names. */
		FESTIVAL,
		/** Customers keeping their Gregorian birthday, born in {@code month} on one of {@code days}. */
		GREGORIAN_BIRTHDAY,
		/** Customers keeping their lunar birthday, born in lunar {@code month} (or its leap month) on one of {@code days}. */
		LUNAR_BIRTHDAY
	}

	/**
	 * A greeting due on {@code day} for {@code occasion}, keyed by {@code year}.
	 *
	 * @param month the birth month (Gregorian or lunar), none for a festival
	 * @param days  the birth days greeted, none for a festival
	 */
	public record Due(Occasion occasion, int year, LocalDate day, Kind kind, Integer month, List<Integer> days) {

		public Due {
			days = days == null ? List.of() : List.copyOf(days);
		}

		static Due festival(Occasion occasion, LocalDate day) {
			return new Due(occasion, day.getYear(), day, Kind.FESTIVAL, null, List.of());
		}
	}
}
