package org.clientcare.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The care calendar tells a manager how far each festival and solar term is: the days gone are marked as past, the next
 * one to prepare for stands out, each day with its weekday.
 */
@IntegrationTest
class CareCalendarPageTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	void onTheFirstDayOfSpringTheCalendarMarksItAsTodayAndNextAndTheDaysBeforeAsPast() throws Exception {
		clock.fixAt(LocalDateTime.parse("2027-02-04T09:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		String english = page("/care?year=2027&lang=en");
		String chinese = page("/care?year=2027&lang=zh-CN");

		assertThat(row(english, "2027-02-04")).contains("class=\"term next\"", "class=\"badge term\">Solar term<", "Thu",
				"Today", ">Next<");
		assertThat(row(english, "2027-01-20")).contains("past", "15 days ago").doesNotContain("next");
		assertThat(row(english, "2027-02-06")).contains("class=\"festival\"", "class=\"badge festival\">Festival<", "Sat",
				"in 2 days");
		assertThat(row(english, "2027-02-05")).isEmpty();
		assertThat(row(chinese, "2027-02-06")).contains("春节", "周六", "2 天后");
		assertThat(row(chinese, "2027-02-04")).contains("今天", "下一个");
		assertThat(english).containsOnlyOnce(">Next<");
	}

	@Test
	void aYearGoneByHasNoNextDayAndSaysHowLongAgoEachWas() throws Exception {
		clock.fixAt(LocalDateTime.parse("2027-02-04T09:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		String english = page("/care?year=2026&lang=en");

		assertThat(english).doesNotContain(">Next<", " next\"");
		assertThat(row(english, "2026-12-31")).isEmpty();
		assertThat(row(english, "2026-02-17")).contains("festival past", "352 days ago");
	}

	@Test
	void inDecemberTheCalendarShowsTheTwelveMonthsAheadAcrossTheNewYearAndEachWholeYearOnAsking() throws Exception {
		clock.fixAt(LocalDateTime.parse("2026-12-08T09:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		String ahead = page("/care?lang=en");
		String chinese = page("/care?lang=zh-CN");

		assertThat(ahead).contains("Care calendar: the next twelve months", "href=\"/care?year=2026\">All of 2026<",
				"href=\"/care?year=2027\">All of 2027<");
		assertThat(row(ahead, "2026-12-07")).as("the day before, gone").isEmpty();
		assertThat(row(ahead, "2026-12-22")).contains("Winter Solstice", "next", "in 14 days");
		assertThat(row(ahead, "2027-02-06")).contains("Spring Festival");
		assertThat(row(ahead, "2027-12-07")).contains("in 364 days");
		assertThat(row(ahead, "2027-12-22")).as("a year away").isEmpty();
		assertThat(chinese).contains("未来 12 个月关怀日历", "2026 全年", "2027 全年");
		assertThat(page("/care?year=2026&lang=en")).contains("Care calendar 2026", "href=\"/care\">Care calendar: the next twelve months<");
	}

	/** The calendar's row for a day, or nothing when the day is neither a festival nor a solar term. */
	private static String row(String page, String day) {
		String calendar = page.substring(page.indexOf("id=\"care-calendar\""));
		Matcher row = Pattern.compile("<tr[^>]*>\\s*<td[^>]*>" + day + ".*?</tr>", Pattern.DOTALL).matcher(calendar);
		return row.find() ? row.group() : "";
	}

	private String page(String path) throws Exception {
		HttpResponse<String> answer = SignedInPages.get(SignedInPages.as("zhang.rm", port), port, path);
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}
}
