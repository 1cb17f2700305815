package org.clientcare.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.clientcare.care.internal.GreetingsJob;
import org.clientcare.notification.internal.Outbox;
import org.clientcare.platform.Jobs;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Pages;
import org.clientcare.support.MutableClock;
import org.clientcare.support.SignedInPages;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The care calendar of §12 and the {@code greetings} job: each greeting queued once through the outbox, as marketing by
 * default — none without marketing consent or to an opted-out channel — with an unsubscribe link that works once.
 */
@IntegrationTest
class GreetingsTest {

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher pii;

	@Autowired
	Jobs jobs;

	@Autowired
	GreetingsJob greetingsJob;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theCalendarOf2027ListsTheLunarFestivalsOnTheirDays() {
		var answer = api.as("zhang.rm").get("/api/v1/care/calendar?year=2027");

		assertThat(answer.status()).isEqualTo(200);
		List<String> days = answer.body().valueStream()
			.map(d -> d.get("date").asString() + " " + d.get("occasion").asString()).toList();
		assertThat(days).contains("2027-02-06 SPRING_FESTIVAL", "2027-06-09 DRAGON_BOAT", "2027-09-15 MID_AUTUMN",
				"2027-10-08 DOUBLE_NINTH", "2027-01-01 NEW_YEAR", "2027-10-01 NATIONAL_DAY", "2027-02-20 LANTERN")
			.hasSize(7);
		assertThat(answer.body().get(0).get("name").asString()).isNotBlank();
	}

	@Test
	void aYearOutsideTheCalendarIsRefusedNamingTheYear() {
		var answer = api.as("zhang.rm").get("/api/v1/care/calendar?year=1800");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.text()).contains("year");
		assertThat(api.as("zhang.rm").get("/api/v1/care/calendar?year=soon").status()).isEqualTo(400);
	}

	@Test
	void runningGreetingsTwiceOnABirthdayQueuesOneGreetingOnlyForTheConsentingCustomer() {
		LocalDate birthday = LocalDate.of(1971, 3, 14);
		long consenting = register(birthday, true);
		long withoutConsent = register(birthday, false);
		clock.fixAt(LocalDate.of(2026, 3, 14).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		var first = api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());
		var second = api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(second.body().get("result").get("queued").asInt()).isZero();
		assertThat(outbox(consenting)).containsExactly("SMS care-birthday");
		assertThat(outbox(withoutConsent)).isEmpty();
		var care = api.as("zhang.rm").get("/api/v1/customers/" + consenting + "/care").body();
		assertThat(care.get("greetings").get(0).get("occasion").asString()).isEqualTo("BIRTHDAY");
		assertThat(care.get("greetings").get(0).get("year").asInt()).isEqualTo(2026);
	}

	@Test
	void aCorrectedBirthDateMovesTheBirthdayGreetingToTheNewDay() {
		var body = TestCustomers.individual("SH-PD", "zhang.rm");
		body.put("idType", "PASSPORT");
		body.put("idNumber", "E" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
		body.put("birthDate", "1975-07-01");
		long customer = register(body, true);
		clock.fixAt(LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json()); // writes the customer's care profile
		String etag = api.as("zhang.rm").get("/api/v1/customers/" + customer).header("ETag");

		var corrected = api.as("zhang.rm").patch("/api/v1/customers/" + customer, Api.json("birthDate", "1975-08-15"),
				etag);
		clock.fixAt(LocalDate.of(2026, 7, 1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());
		List<String> onTheOldDay = outbox(customer);
		clock.fixAt(LocalDate.of(2026, 8, 15).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(onTheOldDay).as("on the birthday first registered").isEmpty();
		assertThat(outbox(customer)).as("on the corrected birthday").containsExactly("SMS care-birthday");
	}

	@Test
	void aCustomerOptedOutOfItsChannelGetsNoGreeting() {
		LocalDate birthday = LocalDate.of(1980, 5, 20);
		long optedOut = register(birthday, true);
		var preferences = api.as("zhang.rm").put("/api/v1/customers/" + optedOut + "/care",
				Api.json("language", "en", "channel", "SMS", "lunarBirthday", false, "optedOut", List.of("SMS")));
		assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
		clock.fixAt(LocalDate.of(2026, 5, 20).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		assertThat(outbox(optedOut)).isEmpty();
	}

	@Test
	void aLunarBirthdayIsGreetedOnItsLunarDayInTheCustomersLanguageAndTheUnsubscribeLinkWorksOnce() throws Exception {
		// Born 1960-04-26, 四月初一 of the lunar calendar; in 2026 四月初一 is 2026-05-17.
		long customer = register(LocalDate.of(1960, 4, 26), true);
		api.as("zhang.rm").put("/api/v1/customers/" + customer + "/care",
				Api.json("language", "en", "channel", "SMS", "lunarBirthday", true));
		clock.fixAt(LocalDate.of(2026, 4, 26).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());
		assertThat(outbox(customer)).isEmpty();

		clock.fixAt(LocalDate.of(2026, 5, 17).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		assertThat(outbox(customer)).containsExactly("SMS care-birthday");
		String locale = jdbc.sql("select locale from notification_outbox where customer_id = ?").param(customer)
			.query(String.class).single();
		assertThat(locale).isEqualTo("en");
		// the outbox lists newest first, and this message is dated on the fixed clock: look through every page
		tools.jackson.databind.JsonNode entry = null;
		for (int page = 0; entry == null; page++) {
			var content = api.as("admin").get("/api/v1/notifications?size=500&page=" + page).body().get("content");
			assertThat(content.isEmpty()).as("the greeting is in the outbox").isFalse();
			entry = content.valueStream().filter(m -> m.get("customerId") != null && !m.get("customerId").isNull()
					&& m.get("customerId").asLong() == customer).findFirst().orElse(null);
		}
		assertThat(entry.get("withheld").valueStream().map(v -> v.asString()).toList()).containsExactly("unsubscribeUrl");

		byte[] secrets = jdbc.sql("select secrets_enc from notification_outbox where customer_id = ?").param(customer)
			.query(byte[].class).single();
		String link = Outbox.openSecrets(secrets, pii).get("unsubscribeUrl");
		var visitor = SignedInPages.visitor();
		String csrf = SignedInPages.csrf(SignedInPages.get(visitor, port, link).body());
		var done = SignedInPages.post(visitor, port, link, "", csrf);
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(SignedInPages.post(visitor, port, link, "", csrf).statusCode()).isEqualTo(410);
		// the answer in the other language, for this browser only: the used link shows nothing any more
		assertThat(done.body()).contains("href=\"/public/unsubscribe/done?lang=en\"");
		var inEnglish = visitor.send(HttpRequest.newBuilder(URI.create(link).resolve("/public/unsubscribe/done?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inEnglish.statusCode()).isEqualTo(200);
		assertThat(inEnglish.body()).contains("We will send you no more marketing messages by SMS.");
		assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link).resolve("/public/unsubscribe/done"))
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("another browser").isEqualTo(410);
		var care = api.as("zhang.rm").get("/api/v1/customers/" + customer + "/care").body();
		assertThat(care.get("preferences").get("optedOut").get(0).asString()).isEqualTo("SMS");
	}

	@Test
	void aGreetingGoesToTheAddressTheCustomerHasOnFileForItsChannelAndWithoutOneIsKeptAsNoAddress() {
		LocalDate birthday = LocalDate.of(1972, 9, 3);
		var bySms = TestCustomers.bornOn(birthday, "SH-PD", "zhang.rm");
		var byEmail = TestCustomers.bornOn(birthday, "SH-PD", "zhang.rm");
		var withoutEmail = TestCustomers.bornOn(birthday, "SH-PD", "zhang.rm");
		withoutEmail.remove("email");
		long sms = register(bySms, true);
		long email = register(byEmail, true);
		long none = register(withoutEmail, true);
		for (long customer : List.of(email, none)) {
			var preferences = api.as("zhang.rm").put("/api/v1/customers/" + customer + "/care",
					Api.json("language", "zh-CN", "channel", "EMAIL", "lunarBirthday", false));
			assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
		}
		clock.fixAt(LocalDate.of(2026, 9, 3).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		assertThat(recipient(sms)).isEqualTo(bySms.get("phone"));
		assertThat(recipient(email)).isEqualTo(byEmail.get("email"));
		assertThat(outbox(email)).containsExactly("EMAIL care-birthday");
		assertThat(outbox(none)).isEmpty();
		var care = api.as("zhang.rm").get("/api/v1/customers/" + none + "/care").body();
		assertThat(care.get("greetings").get(0).get("status").asString()).isEqualTo("NO_ADDRESS");
	}

	@Test
	void theManagerOfADiamondCustomerGetsAToDoWithTheTiersGiftBudgetTheDayBefore() {
		long diamond = register(LocalDate.of(1975, 7, 8), true);
		jdbc.sql(TestCustomers.SET_TIER).params(diamond, "DIAMOND").update();
		clock.fixAt(LocalDate.of(2026, 7, 7).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());

		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		var tasks = Pages.all(api.as("zhang.rm"), "/api/v1/care/tasks").stream()
			.filter(t -> t.get("customerId").asLong() == diamond).toList();
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("occasion").asString()).isEqualTo("BIRTHDAY");
		assertThat(tasks.get(0).get("occasionOn").asString()).isEqualTo("2026-07-08");
		assertThat(tasks.get(0).get("giftBudget").decimalValue()).isEqualByComparingTo("800.00");
		assertThat(api.as("li.rm").post("/api/v1/care/tasks/" + tasks.get(0).get("id").asLong() + "/done", Api.json())
			.status()).isEqualTo(404);
		assertThat(api.as("zhang.rm").post("/api/v1/care/tasks/" + tasks.get(0).get("id").asLong() + "/done", Api.json())
			.status()).isEqualTo(204);
	}

	@Test
	void aRestrictedCustomerGetsNeitherABirthdayGreetingNorItsManagersToDoThoughItConsentedToMarketing() {
		long restricted = register(LocalDate.of(1975, 8, 9), true);
		jdbc.sql(TestCustomers.SET_TIER).params(restricted, "DIAMOND").update();
		long request = api.as("chen.compliance").post("/api/v1/privacy-requests", Api.json("customerId", restricted,
				"kind", "DELETION", "channel", "BRANCH")).body().get("id").asLong();
		assertThat(api.as("chen.compliance").post("/api/v1/privacy-requests/" + request + "/answer",
				Api.json("answer", "依法保存，限制处理")).status()).isEqualTo(200);

		clock.fixAt(LocalDate.of(2026, 8, 8).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());
		clock.fixAt(LocalDate.of(2026, 8, 9).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		api.as("admin").post("/api/v1/jobs/greetings/run", Api.json());

		assertThat(greetings(restricted)).isZero();
		assertThat(outbox(restricted)).isEmpty();
		assertThat(jdbc.sql("select count(*) from care_task where customer_id = ?").param(restricted).query(Long.class)
			.single()).as("the manager's to-dos for the customer").isZero();
	}

	@Test
	void aRunCutShortKeepsTheChunksItFinishedAndTheNextRunQueuesTheRestEachGreetingOnceWithOneMessage() {
		LocalDate birthday = LocalDate.of(1968, 11, 2);
		List<Long> customers = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			customers.add(register(birthday, true));
		}
		long failing = customers.get(3);
		clock.fixAt(LocalDate.of(2026, 11, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		// one greeting a transaction, and the fourth customer's message fails as if the machine stopped there
		ReflectionTestUtils.setField(greetingsJob, "chunkSize", 1);
		jdbc.sql("""
				create function greeting_stops() returns trigger language plpgsql as $$
				begin if new.customer_id = %d then raise exception 'the machine stopped'; end if; return new; end $$"""
			.formatted(failing)).update();
		jdbc.sql("""
				create trigger greeting_stops before insert on notification_outbox
				for each row execute function greeting_stops()""").update();
		try {
			assertThatThrownBy(() -> jobs.run("greetings")).hasStackTraceContaining("the machine stopped");

			assertThat(customers.subList(0, 3)).allSatisfy(c -> assertThat(outbox(c)).containsExactly("SMS care-birthday"));
			assertThat(greetings(failing)).isZero();
			assertThat(outbox(failing)).isEmpty();
			assertThat(greetings(customers.get(4))).isZero();

			jdbc.sql("drop trigger greeting_stops on notification_outbox").update();
			jobs.run("greetings").orElseThrow();
			jobs.run("greetings").orElseThrow();

			assertThat(customers).allSatisfy(c -> {
				assertThat(greetings(c)).isOne();
				assertThat(outbox(c)).containsExactly("SMS care-birthday");
			});
		}
		finally {
			jdbc.sql("drop trigger if exists greeting_stops on notification_outbox").update();
			jdbc.sql("drop function if exists greeting_stops()").update();
			ReflectionTestUtils.setField(greetingsJob, "chunkSize", 10_000);
		}
	}

	@Test
	void occasionsAreSetByAdministratorsOnly() {
		var refused = api.as("zhao.manager").put("/api/v1/care/occasions/LANTERN", Api.json("enabled", false));
		var bad = api.as("admin").put("/api/v1/care/occasions/LANTERN", Api.json("enabled", true, "tiers", List.of("GOLDEN")));
		var set = api.as("admin").put("/api/v1/care/occasions/LANTERN", Api.json("enabled", true, "tiers", List.of("DIAMOND")));
		api.as("admin").put("/api/v1/care/occasions/LANTERN", Api.json("enabled", true, "tiers", List.of()));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).contains("tiers");
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.body().get("tiers").get(0).asString()).isEqualTo("DIAMOND");
	}

	private long register(LocalDate birth, boolean marketingConsent) {
		return register(TestCustomers.bornOn(birth, "SH-PD", "zhang.rm"), marketingConsent);
	}

	private long register(java.util.Map<String, Object> body, boolean marketingConsent) {
		var created = api.as("zhang.rm").post("/api/v1/customers", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		if (marketingConsent) {
			var consent = api.as("zhang.rm").post("/api/v1/customers/" + id + "/consents",
					Api.json("purpose", "MARKETING", "granted", true, "channel", "BRANCH"));
			assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
		}
		return id;
	}

	private long greetings(long customer) {
		return jdbc.sql("select count(*) from care_greeting where customer_id = ?").param(customer).query(Long.class)
			.single();
	}

	/** The address the customer's message went to, as the dispatcher reads it. */
	private String recipient(long customer) {
		byte[] sealed = jdbc.sql("select recipient_enc from notification_outbox where customer_id = ?").param(customer)
			.query(byte[].class).single();
		return pii.decrypt(sealed);
	}

	private List<String> outbox(long customer) {
		return jdbc.sql("select channel || ' ' || template from notification_outbox where customer_id = ? order by id")
			.param(customer).query(String.class).list();
	}
}
