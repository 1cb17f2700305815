package org.clientcare.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The day view and the walk-in queue open on a branch where advisors take appointments: a branch manager of a branch
 * without advisors of its own sees its first sub-branch that has them, an account manager its own sub-branch. Runs as
 * {@code DemoDataTest.BranchFirstShown}, on the demo's context, so that the demo starts and loads in one test JVM only.
 */
public abstract class BranchFirstShownPageAgreement {

	@LocalServerPort
	int port;

	@Test
	void theBranchManagerOfShanghaiOpensTheDayViewAndTheQueueOfPudongWhereItsAdvisorsWork() throws Exception {
		HttpClient manager = SignedInPages.as("zhao.manager", port);

		String day = page(manager, "/appointments?lang=en");
		String queue = page(manager, "/appointments/walk-ins?lang=en");

		assertThat(day).containsPattern("<option value=\"SH-PD\" selected=\"selected\">").contains("孙丽", "周强");
		// the demo's queue at Pudong waits only while it is open (DemoDataTest checks it on each kind of day)
		assertThat(queue).containsPattern("<option value=\"SH-PD\" selected=\"selected\">");
	}

	@Test
	void anAccountManagerOfXuhuiOpensTheDayViewOfXuhui() throws Exception {
		String day = page(SignedInPages.as("li.rm", port), "/appointments?lang=en");

		assertThat(day).containsPattern("<option value=\"SH-XH\" selected=\"selected\">");
	}

	private String page(HttpClient client, String path) throws Exception {
		var response = SignedInPages.get(client, port, path);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}
}
