package org.clientcare.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inquiries page shows, besides the list, its service-level figures for a period (SPEC §8). */
@IntegrationTest
class InquiryPagesTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anAnsweredInquiryCountsOnTimeAndOneLeftOpenPastItsDueTimeCountsOverdueOnTheList() throws Exception {
		HttpClient agent = SignedInPages.as("wang.agent", port);
		// six weeks ahead, where no other inquiry falls due: the period's figures are this test's alone
		clock.advance(Duration.ofDays(45));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		String period = "/inquiries?from=" + today + "&to=" + today.plusDays(30) + "&lang=en";
		String before = send(agent, period);
		long answered = register("请问外币存款利率是多少？");
		register("网银登录不了怎么办？");
		assertThat(api.as("wang.agent").post("/api/v1/inquiries/" + answered + "/answer",
				Api.json("answer", "请以网点公告的挂牌利率为准。")).status()).isEqualTo(200);

		clock.advance(Duration.ofDays(10));
		String after = send(agent, period);

		assertThat(figure(before, "inquiry-received")).isZero();
		assertThat(figure(after, "inquiry-received")).isEqualTo(2);
		assertThat(dueFigures(after)).containsExactly(1, 2);
		assertThat(after).contains("id=\"inquiry-on-time-rate\">50.0 %<");
		assertThat(figure(after, "inquiry-overdue")).isEqualTo(figure(before, "inquiry-overdue") + 1);
		assertThat(after).contains("Answered on time", "On-time rate", "Overdue now", "id=\"inquiry-figures-from\"")
			.doesNotContain("??");
	}

	@Test
	void aPeriodInWhichNoInquiryFellDueSaysSoInEachLanguage() throws Exception {
		HttpClient agent = SignedInPages.as("wang.agent", port);

		String english = send(agent, "/inquiries?from=2040-01-01&to=2040-01-31&lang=en");
		String chinese = send(agent, "/inquiries?from=2040-01-31&to=2040-01-01&lang=zh-CN");

		assertThat(english).contains("none fell due in the period", "value=\"2040-01-01\"", "value=\"2040-01-31\"");
		assertThat(chinese).contains("按时答复率", "期间无到期咨询", "value=\"2040-01-01\"").doesNotContain("??", "On-time");
	}

	private long register(String question) {
		var created = api.as("wang.agent").post("/api/v1/inquiries", Api.json("customerId",
				api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body().get("id")
					.asLong(),
				"name", "赵六", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "question", question));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().get("id").asLong();
	}

	private static long figure(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([0-9]+)<").matcher(page);
		assertThat(m.find()).as("%s on the page", id).isTrue();
		return Long.parseLong(m.group(1));
	}

	/** Answered on time and fallen due, as the page shows them ({@code 3 / 4}). */
	private static long[] dueFigures(String page) {
		Matcher m = Pattern.compile("id=\"inquiry-answered-on-time\"[^>]*>([0-9]+) / ([0-9]+)<").matcher(page);
		assertThat(m.find()).isTrue();
		return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) };
	}

	private String send(HttpClient client, String path) throws Exception {
		var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
