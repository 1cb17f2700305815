package org.clientcare.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clientcare.support.IntegrationTest;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A visit ledger filter the page refuses reads in the page's language naming the field, the filter kept. */
@IntegrationTest
class VisitPageRefusalsTest {

	@LocalServerPort
	int port;

	@Test
	void aManagerFilterNamingNoStaffMemberIsRefusedInChineseAndInEnglishWithTheFilterKept() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String chinese = get(manager, "/visits?manager=no.such.user&lang=zh-CN");
		String english = get(manager, "/visits?manager=no.such.user&lang=en");

		assertThat(chinese).contains("没有该用户名的员工", "value=\"no.such.user\"")
			.doesNotContain("No staff member with this username");
		assertThat(english).contains("No staff member has this username: check the manager filter.");
	}

	private String get(HttpClient client, String path) throws Exception {
		var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}
}
