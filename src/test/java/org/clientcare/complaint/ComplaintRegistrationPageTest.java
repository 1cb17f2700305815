package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** The registration page of a complaint, as a service agent fills it in at the hotline. */
@IntegrationTest
class ComplaintRegistrationPageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void aCustomerIdNoOneHasIsNamedAsTheFieldAtFaultAndTheFormKeepsEveryChoice() throws Exception {
		HttpClient browser = SignedInPages.as("wang.agent", port);
		String form = send(browser, HttpRequest.newBuilder(uri("/complaints/new?lang=en")).build()).body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();

		var refused = send(browser, HttpRequest.newBuilder(uri("/complaints?lang=en"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("customerId=987654321&complainantName=Ms+Gao&contact=13800138000"
					+ "&channel=EMAIL&category=FEES&severity=SERIOUS&productCode=P-R3&content=Charged+twice&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build());

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Please correct the fields marked below.", "<li>Customer id：Unknown</li>",
				"value=\"987654321\"", "value=\"Ms Gao\"", "Charged twice",
				"<option value=\"EMAIL\" selected=\"selected\">", "<option value=\"FEES\" selected=\"selected\">",
				"<option value=\"SERIOUS\" selected=\"selected\">");
	}

	private HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
