package org.clientcare.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PublicCaseProgressTest {

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aCustomerFollowsItsCaseWithItsNumberAndMobileAndTriesAreLimitedPerAddress() throws Exception {
		var registration = TestCustomers.individual("SH-PD", "zhang.rm");
		String mobile = (String) registration.get("phone");
		long customer = api.as("zhang.rm").post("/api/v1/customers", registration).body().get("id").asLong();
		var opened = api.as("wang.agent").post("/api/v1/cases", Api.json("customerId", customer, "type",
				"INSURANCE_CLAIM", "title", "意外医疗理赔"));
		long id = opened.body().get("id").asLong();
		String caseNo = opened.body().get("caseNo").asString();
		api.as("wang.agent").post("/api/v1/cases/" + id + "/advance", Api.json("note", "内部备注：客户情绪激动"));

		String csrf = csrf(get("/public/cases?lang=zh-CN"));
		String found = post("no=" + caseNo.toLowerCase() + "&mobile=" + mobile, csrf);
		String wrong = post("no=" + caseNo + "&mobile=13800138000", csrf);

		assertThat(found).contains("id=\"progress\"", caseNo, "保险理赔", "报案", "已完成", "请按清单一次性提交理赔材料")
			.doesNotContain("内部备注", "wang.agent");
		assertThat(wrong).doesNotContain("id=\"progress\"").contains("未找到该业务");
		String answer = wrong;
		for (int i = 0; i < 10 && !answer.contains("查询次数过多"); i++) {
			answer = post("no=" + caseNo + "&mobile=" + mobile, csrf);
		}
		assertThat(answer).contains("查询次数过多").doesNotContain("id=\"progress\"");
	}

	private String get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private String post(String form, String csrf) throws Exception {
		var response = browser.send(HttpRequest.newBuilder(uri("/public/cases"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as(page).isTrue();
		return csrf.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
