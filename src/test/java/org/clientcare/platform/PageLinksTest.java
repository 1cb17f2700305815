package org.clientcare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page's links are written as the templates write them — none looked up as a static resource on the way to get a
 * version — and the version-less webjar scripts they name are served.
 */
@IntegrationTest
class PageLinksTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void aPageNamesItsScriptsAsWrittenAndTheScriptsAreServed() throws Exception {
		String page = SignedInPages.as("admin", port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/customers")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

		assertThat(page).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"", "href=\"/css/app.css\"",
				"src=\"/js/app.js\"");
		for (String script : new String[] { "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/echarts.min.js",
				"/js/app.js" }) {
			Api.Response served = api.anonymous().get(script);
			assertThat(served.status()).as(script).isEqualTo(200);
			assertThat(served.contentType()).as(script).contains("javascript");
		}
	}
}
