package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RevisitPagesTest {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void theAccountManagerFindsTomorrowsRevisitUnderTheNextSevenDaysAndRecordsAnOutcomeInOneClick() throws Exception {
		var staff = new TestStaff(api);
		String unit = staff.subBranch();
		String manager = staff.user("ACCOUNT_MANAGER", unit);
		long customerId = staff.customer(unit, manager);
		String name = staff.as(manager).get("/api/v1/customers/" + customerId).body().get("name").asString();
		long revisit = staff.as(manager).post("/api/v1/customers/" + customerId + "/revisits",
				Api.json("dueDate", LocalDate.now().plusDays(1).toString())).body().get("id").asLong();
		HttpClient browser = SignedInPages.as(manager, TestStaff.PASSWORD, port);

		String today = send(browser, HttpRequest.newBuilder(uri("/revisits?lang=en")).build()).body();
		String week = send(browser, HttpRequest.newBuilder(uri("/revisits?view=week&lang=en")).build()).body();
		var row = SignedInPages.post(browser, port, "/revisits/" + revisit + "/outcome?lang=en",
				"method=PHONE&satisfaction=4&notes=fine&reached=true", SignedInPages.csrf(week), "HX-Request", "true");
		String section = send(browser, HttpRequest.newBuilder(uri("/customers/" + customerId + "?lang=en")).build()).body();

		assertThat(today).contains("Due today (0)").doesNotContain("revisit-" + revisit);
		assertThat(week).contains("Next 7 days (1)", "revisit-" + revisit, name);
		assertThat(row.statusCode()).isEqualTo(200);
		assertThat(row.body()).contains("revisit-" + revisit, "Done", "Satisfaction 4/5").doesNotContain("<html");
		assertThat(section).contains("id=\"revisits\"", "Satisfaction 4/5");
		assertThat(staff.as(manager).get("/api/v1/revisits/" + revisit).body().get("status").asString()).isEqualTo("DONE");
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
