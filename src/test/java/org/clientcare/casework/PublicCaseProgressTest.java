package org.clientcare.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
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

	final HttpClient browser = SignedInPages.visitor();

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

		String csrf = SignedInPages.csrf(get("/public/cases?lang=zh-CN"));
		String found = post("no=" + caseNo.toLowerCase() + "&mobile=" + mobile, csrf);
		String wrong = post("no=" + caseNo + "&mobile=13800138000", csrf);

		assertThat(found).contains("id=\"progress\"", caseNo, "保险理赔", "报案", "已完成", "请按清单一次性提交理赔材料")
			.doesNotContain("内部备注", "wang.agent");
		assertThat(wrong).doesNotContain("id=\"progress\"").contains("未找到该业务");
		// the limit is met from a loopback address of this test's own, so that the suite's usual address keeps its
		// look-ups for the other tests of this JVM
		var visitor = new Visitor();
		String visitorsCsrf = SignedInPages.csrf(visitor.send("GET /public/cases?lang=zh-CN HTTP/1.0", null));
		// each try with another number, as one guessing would (a number of its own is limited per hour besides): ten a
		// minute are answered, the eleventh gets the public pages' page of too many requests
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			answers.add(visitor.send("POST /public/cases HTTP/1.0", "no=" + caseNo + "&mobile=1380013" + (1000 + i) + "&_csrf="
					+ URLEncoder.encode(visitorsCsrf, StandardCharsets.UTF_8)));
		}
		assertThat(answers.subList(0, 10)).allSatisfy(answer -> assertThat(answer).contains("未找到该业务"));
		assertThat(answers.get(10)).contains("<title>请稍候再试</title>").doesNotContain("id=\"progress\"", "未找到该业务");
	}

	/** A browser on a loopback address of its own (127.x.y.z): HTTP/1.0 over a socket bound to it, keeping cookies. */
	private final class Visitor {

		private final String address = "127.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
				ThreadLocalRandom.current().nextInt(0, 256), ThreadLocalRandom.current().nextInt(2, 255));

		private final Map<String, String> cookies = new LinkedHashMap<>();

		String send(String requestLine, String form) throws IOException {
			try (var socket = new Socket()) {
				socket.bind(new InetSocketAddress(address, 0));
				socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
				socket.setSoTimeout(60_000);
				byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
				StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost:").append(port)
					.append("\r\n");
				if (!cookies.isEmpty()) {
					head.append("Cookie: ").append(String.join("; ", cookies.values())).append("\r\n");
				}
				if (form != null) {
					head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
						.append("\r\n");
				}
				OutputStream out = socket.getOutputStream();
				out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
				out.write(body);
				out.flush();
				String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				int end = all.indexOf("\r\n\r\n");
				for (String line : all.substring(0, end).split("\r\n")) {
					if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
						String cookie = line.substring(11).strip().split(";", 2)[0];
						cookies.put(cookie.substring(0, cookie.indexOf('=')), cookie);
					}
				}
				return all.substring(end + 4);
			}
		}
	}

	private String get(String path) throws Exception {
		return SignedInPages.get(browser, port, path).body();
	}

	private String post(String form, String csrf) throws Exception {
		var response = SignedInPages.post(browser, port, "/public/cases", form, csrf);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
