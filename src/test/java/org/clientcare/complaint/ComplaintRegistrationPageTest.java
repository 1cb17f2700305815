package org.clientcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** The registration page of a complaint, as a service agent fills it in at the hotline. */
@IntegrationTest
class ComplaintRegistrationPageTest {

	@LocalServerPort
	int port;

	@Test
	void aCustomerIdNoOneHasIsNamedAsTheFieldAtFaultAndTheFormKeepsEveryChoice() throws Exception {
		HttpClient browser = SignedInPages.as("wang.agent", port);
		String form = SignedInPages.get(browser, port, "/complaints/new?lang=en").body();
		String csrf = SignedInPages.csrf(form);

		var refused = SignedInPages.post(browser, port, "/complaints?lang=en", "customerId=987654321&complainantName=Ms+Gao"
				+ "&contact=13800138000&channel=EMAIL&category=FEES&severity=SERIOUS&productCode=P-R3&content=Charged+twice",
				csrf);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Please correct the fields marked below.", "<li>Customer id：Unknown</li>",
				"value=\"987654321\"", "value=\"Ms Gao\"", "Charged twice",
				"<option value=\"EMAIL\" selected=\"selected\">", "<option value=\"FEES\" selected=\"selected\">",
				"<option value=\"SERIOUS\" selected=\"selected\">");
	}
}
