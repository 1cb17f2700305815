package org.clientcare.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar page's editor, driven through the sign-in form like a browser. Loads 2097 only. */
@IntegrationTest
class CalendarPageTest {

	@LocalServerPort
	int port;

	@Test
	void theYearViewMarksHolidaysAndWorkingWeekendDaysAndWarnsAboutAYearWithoutCalendar() throws Exception {
		var browser = new Browser("zhang.rm");

		String page = browser.get("/calendar?year=2026&lang=en").body();

		assertThat(page).contains("Business calendar 2026", "class=\"holiday\" title=\"National Day\"",
				"class=\"worked\" title=\"Working day for National Day\"", "<span>Mid-Autumn Festival</span>")
			.doesNotContain("id=\"edit-year\"");
		assertThat(browser.get("/calendar?year=2026&lang=zh-CN").body()).contains("class=\"holiday\" title=\"国庆节\"",
				"class=\"worked\" title=\"国庆节调休\"", "<span>中秋节</span>");
		assertThat(browser.get("/calendar?year=2090&lang=en").body()).contains("id=\"not-loaded\"");
	}

	@Test
	void anAdminLoadsAYearThroughTheFormAndSeesRefusedLinesMarked() throws Exception {
		var admin = new Browser("admin");
		String form = admin.get("/calendar?year=2097&lang=en").body();
		assertThat(form).contains("id=\"edit-year\"");

		var refused = admin.post("/calendar/2097", form, "2097-01-01 元旦\n2097-13-01 nonsense\n2096-12-31 old",
				"2097-01-07 Monday");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Line 2: not a real date");

		refused = admin.post("/calendar/2097", form, "2097-01-01 元旦\n\n2096-12-31 old", "2097-01-07 Monday");
		assertThat(refused.body()).contains("Line 3: the day does not lie in this year",
				"Line 1: a working weekend day must be a Saturday or Sunday", "2096-12-31 old");

		var saved = admin.post("/calendar/2097", form, "2097-01-01 元旦", "2097-01-06 元旦调休");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElse("")).contains("/calendar?year=2097&saved");
		assertThat(admin.get("/calendar?year=2097&saved&lang=en").body()).contains("id=\"saved\"",
				"class=\"holiday\" title=\"New Year&#39;s Day\"", "class=\"worked\" title=\"Working day for New Year&#39;s Day\"");
	}

	@Test
	void onlyAnAdminMayPostTheForm() throws Exception {
		var manager = new Browser("zhao.manager");
		String page = manager.get("/calendar?year=2097").body();

		assertThat(manager.post("/calendar/2097", page, "2097-01-01 元旦", "").statusCode()).isEqualTo(403);
	}

	private final class Browser {

		private final HttpClient client;

		Browser(String user) throws Exception {
			client = SignedInPages.as(user, port);
		}

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String page, String holidays, String workingWeekendDays) throws Exception {
			return post(path, page, "holidays=" + encode(holidays) + "&workingWeekendDays=" + encode(workingWeekendDays));
		}

		private HttpResponse<String> post(String path, String page, String form) throws Exception {
			return SignedInPages.post(client, port, path, form, SignedInPages.csrf(page), "Accept", "text/html");
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
