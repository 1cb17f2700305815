package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page's links are written as the templates write them — none looked up as a static resource on the way to get a
 * version — and the version-less webjar scripts they name are served.
 */
@IntegrationTest
class PageLinksTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	Api api;

	@Test
	void aPageNamesItsScriptsAsWrittenAndTheScriptsAreServed() {
		String page = api.anonymous().send("GET", "/customers", null, Map.of("Cookie", signedIn("admin"))).text();

		assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"", "href=\"/css/app.css\"",
				"src=\"/js/app.js\"");
		for (String script : new String[] { "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/echarts.min.js",
				"/js/app.js" }) {
			Api.Response served = api.anonymous().get(script);
			assertThat(served.status()).as(script).isEqualTo(200);
			assertThat(served.contentType()).as(script).contains("javascript");
		}
	}

	/** The session cookie of a user signed in through the form, as a browser does. */
	private String signedIn(String username) {
		Api.Response form = api.anonymous().get("/login");
		Matcher csrf = CSRF.matcher(form.text());
		assertThat(csrf.find()).isTrue();
		String cookie = session(form);
		Api.Response signIn = api.anonymous().send("POST", "/login", "username=" + username + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8),
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie));
		assertThat(signIn.status()).isEqualTo(302);
		return signIn.headers().containsKey("set-cookie") ? session(signIn) : cookie;
	}

	private static String session(Api.Response response) {
		return response.headers().getOrDefault("set-cookie", java.util.List.of()).stream()
			.map(c -> c.substring(0, c.indexOf(';')))
			.filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
			.findFirst().orElseThrow();
	}
}
