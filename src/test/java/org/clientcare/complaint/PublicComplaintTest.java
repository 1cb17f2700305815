package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PublicComplaintTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void aCustomerFilesAComplaintWithoutAnAccountAndFollowsItWithItsNumberAndMobile() throws Exception {
		var browser = SignedInPages.visitor();
		String form = get(browser, "/public/complaints?lang=zh-CN").body();
		String csrf = SignedInPages.csrf(form);
		// the status is looked up in a form's body: the mobile number goes into no address, history or log
		assertThat(form).contains("<form method=\"post\" action=\"/public/complaints/status\"");
		String mobile = TestCustomers.mobile();

		var receipt = SignedInPages.post(browser, port, "/public/complaints", "name=" + enc("赵六") + "&mobile=" + mobile
				+ "&category=BANK_CARD&content=" + enc("银行卡被盗刷"), csrf);
		Matcher number = Pattern.compile("id=\"complaint-no\">(TS\\d+)<").matcher(receipt.body());
		assertThat(number.find()).as(receipt.body()).isTrue();

		var status = SignedInPages.post(browser, port, "/public/complaints/status", "no=" + number.group(1) + "&mobile="
				+ mobile, csrf).body();
		var wrongMobile = get(browser, "/public/complaints/status?no=" + number.group(1) + "&mobile=13800138000").body();

		assertThat(status).contains(number.group(1), "已登记");
		assertThat(wrongMobile).doesNotContain("id=\"public-status\"");
		var list = api.as("wang.agent").get("/api/v1/complaints?status=RECEIVED&size=500").body().get("content");
		assertThat(list.valueStream().filter(c -> c.get("complaintNo").asString().equals(number.group(1))))
			.singleElement().satisfies(c -> {
				assertThat(c.get("channel").asString()).isEqualTo("ONLINE");
				assertThat(c.get("contact").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
			});
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return SignedInPages.get(browser, port, path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
