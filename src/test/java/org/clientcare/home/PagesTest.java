package org.clientcare.home;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page, signed in through the sign-in form as each demo role, in both languages: rendered, never an error. */
@IntegrationTest
class PagesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@ParameterizedTest(name = "{0} sees {1} as {2}")
	@CsvSource({ "zhang.rm, /, 200", "zhang.rm, /customers, 200", "zhang.rm, /customers/new, 200",
			"zhang.rm, /customers/{own}, 200", "zhang.rm, /customers?query=张&status=ACTIVE, 200", "zhang.rm, /audit, 403",
			"li.rm, /customers/{own}, 404", "zhao.manager, /, 200", "zhao.manager, /customers?unassigned=true, 200",
			"zhao.manager, /customers/{own}, 200", "wang.agent, /customers/{own}, 200", "chen.compliance, /audit, 200",
			"chen.compliance, /audit?entityType=customer, 200", "admin, /, 200", "admin, /customers/new, 200",
			"liu.handler, /, 200", "core.feed, /, 200", "zhang.rm, /customers/abc, 400", "admin, /admin/users, 200", "wang.agent, /complaints, 200", "wang.agent, /complaints/new, 200",
			"liu.handler, /complaints?overdue=true, 200", "chen.compliance, /complaints/analysis, 200",
			"zhao.manager, /complaints/analysis?from=2026-01-01&to=2026-12-31, 200", "chen.compliance, /approvals, 200",
			"zhang.rm, /approvals, 200", "zhao.manager, /admin/users, 403", "zhang.rm, /nowhere, 404",
			"admin, /calendar, 200", "zhang.rm, /calendar, 200", "admin, /calendar?year=2027, 200", "zhang.rm, /calendar?year=1999, 400",
			"zhao.manager, /tiering, 200", "admin, /tiering, 200", "zhang.rm, /customers/1, 200", "admin, /customers/1, 200", "zhang.rm, /tiering, 200", "wang.agent, /tiering, 200" })
	void pagesRenderForEachRoleInChineseAndEnglish(String user, String path, int status) throws Exception {
		long own = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
		HttpClient browser = signedIn(user);

		for (String lang : new String[] { "zh-CN", "en" }) {
			String url = path.replace("{own}", Long.toString(own));
			var page = browser.send(HttpRequest.newBuilder(uri(url + (url.contains("?") ? "&" : "?") + "lang=" + lang))
				.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

			assertThat(page.statusCode()).as(page.body()).isEqualTo(status);
			assertThat(page.body()).contains("</html>").doesNotContain("??");
		}
	}

	private HttpClient signedIn(String user) throws Exception {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var signIn = client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path.replace("张", URLEncoder.encode("张", StandardCharsets.UTF_8)));
	}
}
