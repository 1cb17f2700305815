package org.clientcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clientcare.shared.Actor;
import org.clientcare.shared.CurrentActor;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SignInTest {

	@Autowired
	Api api;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void fiveFailedSignInsLockTheAccountForFifteenMinutes() {
		String username = "lockout." + System.nanoTime() % 1_000_000;
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUser(username, "测试", Role.ACCOUNT_MANAGER, "SH-PD",
				null, "right-password"));
		assertThat(api.as(username, "right-password").get("/api/v1/customers").status()).isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			assertThat(api.as(username, "wrong-" + i).get("/api/v1/customers").status()).isEqualTo(401);
		}

		var locked = api.as(username, "right-password").get("/api/v1/customers");
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.text()).contains("locked");
		clock.advance(Duration.ofMinutes(14));
		assertThat(api.as(username, "right-password").get("/api/v1/customers").status()).isEqualTo(401);
		clock.advance(Duration.ofMinutes(2));
		assertThat(api.as(username, "right-password").get("/api/v1/customers").status()).isEqualTo(200);
	}

	@Test
	void usersTheSystemCreatesWithOnePasswordEachSignInWithItAndOnlyTheSystemMayCreateThemSo() {
		String first = "shared.a" + System.nanoTime() % 1_000_000;
		String second = "shared.b" + System.nanoTime() % 1_000_000;
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUsersWithOnePassword(List.of(
				new IdentityManagement.NewStaffUser(first, "测试", Role.ACCOUNT_MANAGER, "SH-PD", null),
				new IdentityManagement.NewStaffUser(second, "测试", Role.SERVICE_AGENT, "CSD", null)), "one-password"));

		assertThat(api.as(first, "one-password").get("/api/v1/customers").status()).isEqualTo(200);
		assertThat(api.as(second, "one-password").get("/api/v1/customers").status()).isEqualTo(200);
		assertThat(api.as(second, "other-password").get("/api/v1/customers").status()).isEqualTo(401);
		var admin = identity.findUser("admin").orElseThrow();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> CurrentActor.runAs(admin.actor("test"),
				() -> identity.createUsersWithOnePassword(List.of(new IdentityManagement.NewStaffUser(
						"shared.c" + System.nanoTime() % 1_000_000, "测试", Role.SERVICE_AGENT, "CSD", null)), "one-password")))
			.isInstanceOf(org.clientcare.shared.problem.Forbidden.class);
	}

	@Test
	void fewerThanFiveFailuresFollowedByASuccessStartCountingAfresh() {
		String username = "retry." + System.nanoTime() % 1_000_000;
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUser(username, "测试", Role.SERVICE_AGENT, "CSD",
				null, "right-password"));
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				api.as(username, "wrong").get("/api/v1/customers");
			}
			assertThat(api.as(username, "right-password").get("/api/v1/customers").status()).isEqualTo(200);
		}
	}

	@Test
	void pagesCarrySecurityHeadersAndAskForSignIn() {
		var login = api.anonymous().get("/login");
		var home = api.anonymous().get("/");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'self'");
		assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.text()).contains("name=\"_csrf\"");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.header("Location")).endsWith("/login");
	}

	/**
	 * SPEC §1: the intake's machine user sees nothing but the intake. Signed in on the pages it finds its home and no
	 * other page: the product catalogue, the calendar, the care calendar and the complaint analysis were open to it.
	 */
	@Test
	void theIntakesMachineUserSignedInOnThePagesFindsNoPageButItsHome() throws Exception {
		var machine = SignedInPages.as("core.feed", port);
		var agent = SignedInPages.as("wang.agent", port);

		assertThat(page(machine, "/")).isEqualTo(200);
		for (String path : List.of("/products", "/calendar", "/care", "/complaints/analysis", "/customers", "/complaints",
				"/revisits", "/approvals", "/cases", "/inquiries", "/privacy", "/tiering", "/remediations")) {
			assertThat(page(machine, path)).as(path).isEqualTo(403);
		}
		assertThat(page(agent, "/products")).isEqualTo(200);
		assertThat(page(agent, "/care")).isEqualTo(200);
	}

	private int page(java.net.http.HttpClient client, String path) throws Exception {
		return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void theApiAnswersUnauthenticatedCallsWithAProblem() {
		var denied = api.anonymous().get("/api/v1/customers");

		assertThat(denied.status()).isEqualTo(401);
		assertThat(denied.contentType()).startsWith("application/problem+json");
		assertThat(denied.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void fortyGuessesInFlightAtOnceGetNoMoreThanFivePasswordChecksAndThenEvenTheRightPasswordIsRefused() throws Exception {
		String username = flood();
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUser(username, "测试", Role.ACCOUNT_MANAGER, "SH-PD",
				null, "right-password"));

		List<Api.Response> answers = inParallel(40, i -> api.as(username, "wrong-" + i).get("/api/v1/customers"));
		var rightPassword = api.as(username, "right-password").get("/api/v1/customers");

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(401));
		assertThat(answers).filteredOn(answer -> !answer.text().contains("locked")).as("guesses checked").hasSizeLessThanOrEqualTo(5);
		assertThat(rightPassword.status()).isEqualTo(401);
		assertThat(rightPassword.text()).contains("locked");
	}

	@Test
	void twentyConcurrentSignInsWithTheRightPasswordAllGetIn() throws Exception {
		String username = flood();
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUser(username, "测试", Role.ACCOUNT_MANAGER, "SH-PD",
				null, "right-password"));

		List<Api.Response> answers = inParallel(20, i -> api.as(username, "right-password").get("/api/v1/customers"));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
	}

	@Test
	void theAuditOriginIsTheConnectionsAddressWhateverXForwardedForClaimsWhenNoProxyIsTrusted() {
		String username = "origin." + System.nanoTime() % 1_000_000;
		CurrentActor.runAs(Actor.system("test"), () -> identity.createUser(username, "测试", Role.ACCOUNT_MANAGER, "SH-PD",
				null, "right-password"));
		for (int i = 0; i < 5; i++) {
			api.as(username, "wrong").send("GET", "/api/v1/customers", null, java.util.Map.of("X-Forwarded-For", "203.0.113.9"));
		}

		var locked = api.as("chen.compliance").get("/api/v1/audit?entityType=user&entityId=" + username);

		assertThat(locked.body().at("/content/0/action").asString()).isEqualTo("user.locked");
		assertThat(locked.body().at("/content/0/origin").asString()).isNotEqualTo("203.0.113.9").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	private static String flood() {
		return "flood." + System.nanoTime() % 1_000_000;
	}

	private static List<Api.Response> inParallel(int count, java.util.function.IntFunction<Api.Response> request) throws Exception {
		var pool = Executors.newFixedThreadPool(count);
		try {
			var start = new CountDownLatch(1);
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return request.apply(n);
				}));
			}
			start.countDown();
			List<Api.Response> answers = new ArrayList<>();
			for (var future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
