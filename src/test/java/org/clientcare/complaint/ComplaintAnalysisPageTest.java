package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The complaint analysis page charts what its reader can read: products by name, "no product" in words, the names of a
 * breakdown down the side of horizontal bars, and a day's hours and a week's days whole.
 */
@IntegrationTest
class ComplaintAnalysisPageTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void productsAreChartedByNameAndTheHoursOfTheDayAndTheDaysOfTheWeekWhole() throws Exception {
		register("INS-01");
		register(null);
		HttpClient compliance = SignedInPages.as("chen.compliance", port);

		String page = SignedInPages.get(compliance, port, "/complaints/analysis?lang=en").body();

		List<String> products = labels(page, "product");
		assertThat(products).contains("No product concerned").doesNotContain("INS-01", "-");
		assertThat(chart(page, "product")).isEqualTo("hbar");
		assertThat(chart(page, "category")).isEqualTo("hbar");
		assertThat(labels(page, "hour")).hasSize(24).startsWith("00", "01").endsWith("23");
		assertThat(chart(page, "hour")).isEqualTo("bar");
		assertThat(labels(page, "weekday")).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
		assertThat(values(page, "hour")).hasSize(24);
		assertThat(values(page, "hour").stream().mapToLong(Long::parseLong).sum())
			.isEqualTo(values(page, "weekday").stream().mapToLong(Long::parseLong).sum());
	}

	private void register(String product) {
		var body = Api.json("complainantName", "周九", "contact", TestCustomers.mobile(), "channel", "HOTLINE", "category",
				"FEES", "content", "年费未经同意扣收");
		if (product != null) {
			body.put("productCode", product);
		}
		var created = api.as("wang.agent").post("/api/v1/complaints", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	private static Matcher breakdown(String page, String dimension) {
		Matcher chart = Pattern.compile("<section class=\"card\" id=\"by-" + dimension
				+ "\">.*?<div class=\"chart small\" data-chart=\"(\\w+)\" data-labels=\"([^\"]*)\" data-values=\"([^\"]*)\"",
				Pattern.DOTALL).matcher(page);
		assertThat(chart.find()).as("the chart by %s", dimension).isTrue();
		return chart;
	}

	private static String chart(String page, String dimension) {
		return breakdown(page, dimension).group(1);
	}

	private static List<String> labels(String page, String dimension) {
		return Arrays.asList(breakdown(page, dimension).group(2).split(","));
	}

	private static List<String> values(String page, String dimension) {
		return Arrays.asList(breakdown(page, dimension).group(3).split(","));
	}
}
