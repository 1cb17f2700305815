package org.clientcare.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, signed in through the sign-in form as each role of the test institution (once per role), in both
 * languages: rendered, never an error.
 */
@IntegrationTest
class PagesTest {

	/** Each role's browser, signed in through the form the first time the role comes up. */
	private static final Map<String, HttpClient> BROWSERS = new ConcurrentHashMap<>();

	/** A customer of zhang.rm, registered the first time a row needs one. */
	private static long own;

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@ParameterizedTest(name = "{0} sees {1} as {2}")
	@CsvFileSource(resources = "/pages.csv")
	void pagesRenderForEachRoleInChineseAndEnglish(String user, String path, int status) throws Exception {
		if (own == 0) {
			own = api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
				.get("id").asLong();
		}
		HttpClient browser = BROWSERS.get(user);
		if (browser == null) {
			browser = signedIn(user);
			BROWSERS.put(user, browser);
		}

		for (String lang : new String[] { "zh-CN", "en" }) {
			String url = path.replace("{own}", Long.toString(own));
			var page = browser.send(HttpRequest.newBuilder(uri(url + (url.contains("?") ? "&" : "?") + "lang=" + lang))
				.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

			assertThat(page.statusCode()).as(page.body()).isEqualTo(status);
			assertThat(page.body()).contains("</html>").doesNotContain("??");
		}
	}

	@Test
	void theRegistrationFormOffersTheAccountManagersTheUserMayGiveACustomerTo() throws Exception {
		String byBranchManager = page("zhao.manager", "/customers/new?lang=en");
		assertThat(byBranchManager).contains("<option value=\"zhang.rm\">张伟 · Pudong sub-branch</option>",
				"<option value=\"li.rm\">李娜 · ");
		String byAccountManager = page("zhang.rm", "/customers/new?lang=zh-CN");
		assertThat(byAccountManager).contains("value=\"zhang.rm\" selected=\"selected\"").doesNotContain("li.rm");
	}

	@Test
	void theRegistrationFormOffersOnlyTheUnitsTheUserMayRegisterInAndStartsAtTheUsersOwn() throws Exception {
		String byAccountManager = page("zhang.rm", "/customers/new?lang=en");
		assertThat(byAccountManager).contains("<option value=\"SH-PD\" selected=\"selected\">Pudong sub-branch</option>")
			.doesNotContain("<option value=\"HQ\"", "<option value=\"SH\"", "<option value=\"SH-XH\"");
		String byBranchManager = page("zhao.manager", "/customers/new?lang=en");
		assertThat(byBranchManager).contains("<option value=\"SH\" selected=\"selected\">Shanghai branch</option>",
				"<option value=\"SH-PD\">", "<option value=\"SH-XH\">").doesNotContain("<option value=\"HQ\"");
		assertThat(page("admin", "/customers/new?lang=en")).contains("<option value=\"HQ\" selected=\"selected\">",
				"<option value=\"SH-XH\">");
	}

	private String page(String user, String path) throws Exception {
		HttpClient browser = BROWSERS.computeIfAbsent(user, u -> {
			try {
				return signedIn(u);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		var page = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private HttpClient signedIn(String user) throws Exception {
		return SignedInPages.as(user, port);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path.replace("张", URLEncoder.encode("张", StandardCharsets.UTF_8)));
	}
}
