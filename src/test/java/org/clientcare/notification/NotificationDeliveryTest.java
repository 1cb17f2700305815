package org.clientcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.clientcare.notification.internal.TestChannels;
import org.clientcare.platform.Jobs;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.pii.PiiCipher;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.MutableClock;
import org.clientcare.support.Publications;
import org.clientcare.support.TestCustomers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery through real channels: a GreenMail SMTP server and an HTTP gateway for SMS and WeChat, both on free ports,
 * opened on the shared context's {@link TestChannels} for each test and closed after it. While they are open, only the
 * test's thread dispatches, through {@link Jobs#run}; the context's scheduled dispatcher finds no channel, so nothing
 * races the tests.
 */
@IntegrationTest
class NotificationDeliveryTest {

	static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	static final TestGateway GATEWAY = TestGateway.start();

	static {
		MAIL.start();
	}

	/** 10:00 in Shanghai. */
	static final Instant MORNING = Instant.parse("2026-12-01T02:00:00Z");

	/** 22:00 in Shanghai. */
	static final Instant NIGHT = Instant.parse("2026-12-01T14:00:00Z");

	@AfterAll
	static void stopChannels() {
		MAIL.stop();
		GATEWAY.stop();
	}

	@Autowired
	NotificationManagement notifications;

	@Autowired
	Jobs jobs;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher pii;

	@Autowired
	MutableClock clock;

	@Autowired
	Api api;

	@Autowired
	TestChannels channels;

	@BeforeEach
	void openChannels() {
		channels.open(MAIL.getSmtp().getPort(), GATEWAY.url("/sms"), "sms-secret", GATEWAY.url("/wechat"));
	}

	@AfterEach
	void closeChannelsAndResetClock() {
		channels.close();
		clock.reset();
	}

	@Test
	void sendingTheSameEventTwiceDeliversOneEmail() throws Exception {
		String key = key();
		String to = email();

		enqueue(acknowledged(key, Channel.EMAIL, to, Locale.SIMPLIFIED_CHINESE));
		enqueue(acknowledged(key, Channel.EMAIL, to, Locale.SIMPLIFIED_CHINESE),
				acknowledged(key, Channel.EMAIL, to.toUpperCase(Locale.ROOT), Locale.ENGLISH));
		dispatch();
		dispatch();

		List<MimeMessage> mails = mailsTo(to);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("您的投诉已受理（TS-2026-0001）");
		assertThat(mails.get(0).getContent().toString()).contains("TS-2026-0001", "2026-12-10 23:59");
		assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("noreply@clientcare.example");
		assertThat(mails.get(0).getMessageID()).as("the outbox message names the e-mail")
			.startsWith("<outbox-" + row(key).get("id") + "-").endsWith("@clientcare.example>");
		assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		assertThat(rows(key)).isEqualTo(1);
	}

	@Test
	void anSmsTheGatewayTookFromASenderThatDiedBeforeRecordingItIsSentAgainWithItsKeyAndDeliveredOnce() {
		String key = key();
		String mobile = TestCustomers.mobile();
		enqueue(acknowledged(key, Channel.SMS, mobile, Locale.SIMPLIFIED_CHINESE));
		dispatch();
		// The sender died after the gateway answered and before its batch committed: the message is still due.
		jdbc.sql("update notification_outbox set status = 'PENDING', attempts = 0, sent_at = null where event_key = ?")
			.param(key).update();

		dispatch();

		assertThat(row(key)).containsEntry("status", "SENT");
		assertThat(GATEWAY.callsFor(key)).hasSize(2).extracting(TestGateway.Call::idempotencyKey).containsOnly(
				GATEWAY.callsFor(key).get(0).idempotencyKey()).first().asString().startsWith("outbox-" + row(key).get("id") + "-");
		assertThat(GATEWAY.deliveries()).filteredOn(call -> call.eventKey().equals(key)).singleElement()
			.satisfies(call -> assertThat(call.body().get("to").asString()).isEqualTo(mobile));
	}

	@Test
	void anAttachmentTravelsWithTheEmailAsAFileOfItsType() throws Exception {
		String key = key();
		String to = email();
		byte[] file = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		enqueue(new OutgoingMessage(key, Channel.EMAIL, to, "complaint-acknowledged", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", "TS-2026-0002", "resolutionDueAt", "2026-12-10 23:59"), Purpose.SERVICE, null,
				List.of(new OutgoingMessage.Attachment("appointment.ics", "text/calendar; charset=UTF-8", file))));
		dispatch();

		var content = (jakarta.mail.Multipart) mailsTo(to).get(0).getContent();
		var part = content.getBodyPart(1);
		assertThat(part.getFileName()).isEqualTo("appointment.ics");
		assertThat(part.getContentType()).startsWith("text/calendar");
		assertThat(new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("BEGIN:VCALENDAR");
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void exactlyOneAcknowledgmentEmailReachesTheComplainantAlsoWhenTheEventIsDeliveredAgainBeforeTheSend()
			throws Exception {
		String to = email();
		var created = api.as("wang.agent").post("/api/v1/complaints", Api.json("complainantName", "孙八", "contact", to,
				"channel", "EMAIL", "category", "FEES", "content", "重复扣费"));
		long id = created.body().get("id").asLong();
		api.as("wang.agent").post("/api/v1/complaints/" + id + "/acknowledge", Api.json());
		String key = "complaint:" + id + ":acknowledged";
		awaitRow(key);

		// The node stops after the commit and before the send; the event is delivered again on restart.
		transactions.executeWithoutResult(status -> events.publishEvent(
				new org.clientcare.complaint.ComplaintEvents.ComplaintAcknowledged(id, java.time.Instant.now())));
		Publications.awaitCompleted(jdbc, org.clientcare.complaint.ComplaintEvents.ComplaintAcknowledged.class,
				"complaintId", id);
		dispatch();
		dispatch();

		List<MimeMessage> mails = mailsTo(to);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).contains(created.body().get("complaintNo").asString());
		assertThat(rows(key)).isEqualTo(1);
	}

	private void awaitRow(String key) {
		assertThat(await("the acknowledgment enqueued").until(() -> rows(key), n -> n > 0)).isEqualTo(1);
	}

	@Test
	void aMessageCommittedBeforeARestartIsSentAfterItOnce() throws Exception {
		String key = key();
		String to = email();
		enqueue(new OutgoingMessage(key, Channel.EMAIL, to, "complaint-received", Locale.ENGLISH,
				Map.of("complaintNo", "TS-2026-0002", "statusUrl", "https://clientcare.example/c/abc"), Purpose.SERVICE, null));
		assertThat(row(key)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
		assertThat(mailsTo(to)).isEmpty();

		// A node claimed it and stopped while sending: its transaction never committed.
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select id from notification_outbox where event_key = ? for update").param(key).query(Long.class).single();
			status.setRollbackOnly();
		});
		dispatch();
		dispatch();

		assertThat(mailsTo(to)).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("We have received your complaint TS-2026-0002"));
		assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 1);
	}

	@Test
	void aGatewayErrorIsRetriedAfterAMinuteAndTheSmsSentOnce() {
		clock.fixAt(MORNING);
		String key = key();
		String mobile = TestCustomers.mobile();
		GATEWAY.script(mobile, 500);
		enqueue(acknowledged(key, Channel.SMS, mobile, Locale.SIMPLIFIED_CHINESE));

		dispatch();
		assertThat(row(key)).containsEntry("status", "FAILED").containsEntry("attempts", 1)
			.containsEntry("next_attempt_at", MORNING.plus(Duration.ofMinutes(1)));
		assertThat((String) row(key).get("last_error")).startsWith("HTTP 500").doesNotContain(mobile);
		dispatch();
		assertThat(GATEWAY.callsFor(key)).hasSize(1);

		clock.advance(Duration.ofMinutes(1));
		dispatch();
		clock.advance(Duration.ofHours(1));
		dispatch();

		assertThat(row(key)).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(GATEWAY.callsFor(key)).extracting(TestGateway.Call::idempotencyKey).as("one key for every attempt")
			.doesNotContainNull().containsOnly(GATEWAY.callsFor(key).get(0).idempotencyKey());
		assertThat(GATEWAY.callsFor(key)).hasSize(2).allSatisfy(call -> {
			assertThat(call.path()).isEqualTo("/sms");
			assertThat(call.authorization()).isEqualTo("Bearer sms-secret");
			assertThat(call.body().get("to").asString()).isEqualTo(mobile);
			assertThat(call.body().get("template").asString()).isEqualTo("complaint-acknowledged");
			assertThat(call.body().get("text").asString()).contains("TS-2026-0001", "2026-12-10 23:59");
		});
	}

	@Test
	void aGatewayRefusalIsDeadAtOnceWithoutRetry() {
		clock.fixAt(MORNING);
		String key = key();
		String openId = "o" + UUID.randomUUID().toString().replace("-", "");
		GATEWAY.script(openId, 400);
		enqueue(acknowledged(key, Channel.WECHAT, openId, Locale.ENGLISH));

		dispatch();
		clock.advance(Duration.ofHours(7));
		dispatch();

		assertThat(GATEWAY.callsFor(key)).singleElement().satisfies(call -> assertThat(call.path()).isEqualTo("/wechat"));
		assertThat(row(key)).containsEntry("status", "DEAD").containsEntry("attempts", 1);
		assertThat((String) row(key).get("last_error")).startsWith("HTTP 400").doesNotContain(openId);
		String audited = jdbc.sql("select after_state from audit_entry where action = 'notification.dead' and entity_id = ?")
			.param(row(key).get("id").toString()).query(String.class).single();
		assertThat(audited).contains(key).doesNotContain(openId);
	}

	@Test
	void aGatewayThatKeepsFailingIsGivenUpAfterSixAttempts() {
		clock.fixAt(MORNING);
		String key = key();
		String mobile = TestCustomers.mobile();
		GATEWAY.script(mobile, 503, 503, 503, 503, 503, 503, 503);
		enqueue(acknowledged(key, Channel.SMS, mobile, Locale.ENGLISH));

		dispatch();
		for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(6))) {
			assertThat(row(key)).containsEntry("status", "FAILED").containsEntry("next_attempt_at", clock.instant().plus(wait));
			clock.advance(wait);
			dispatch();
		}
		clock.advance(Duration.ofDays(1));
		dispatch();

		assertThat(row(key)).containsEntry("status", "DEAD").containsEntry("attempts", 6);
		assertThat(GATEWAY.callsFor(key)).hasSize(6);
	}

	@Test
	void marketingWithoutTheCustomersConsentIsSuppressed() throws Exception {
		clock.fixAt(MORNING);
		long withoutConsent = customer();
		String never = key();
		enqueue(offer(never, email(), withoutConsent));

		long withdrawing = customer();
		consent(withdrawing, true);
		String withdrawn = key();
		String to = email();
		enqueue(offer(withdrawn, to, withdrawing));
		assertThat(row(withdrawn)).containsEntry("status", "PENDING");
		consent(withdrawing, false);
		dispatch();

		assertThat(row(never)).containsEntry("status", "SUPPRESSED").containsEntry("last_error", "No marketing consent from the customer");
		assertThat(row(withdrawn)).containsEntry("status", "SUPPRESSED").containsEntry("attempts", 0);
		assertThat(mailsTo(to)).isEmpty();
	}

	@Test
	void aBatchOfMarketingSuppressesExactlyTheCustomersWithoutConsentWhoseConsentsAreReadForTheWholeBatch() {
		clock.fixAt(MORNING);
		long consenting = customer();
		consent(consenting, true);
		long withdrawn = customer();
		consent(withdrawn, true);
		consent(withdrawn, false);
		long never = customer();
		String first = key();
		String second = key();
		String third = key();
		String fourth = key();

		transactions.executeWithoutResult(status -> notifications.sendAll(List.of(offer(first, email(), consenting),
				offer(second, email(), withdrawn), offer(third, email(), never), offer(fourth, email(), consenting))));

		assertThat(row(first)).containsEntry("status", "PENDING");
		assertThat(row(fourth)).containsEntry("status", "PENDING");
		assertThat(row(second)).containsEntry("status", "SUPPRESSED");
		assertThat(row(third)).containsEntry("status", "SUPPRESSED").containsEntry("last_error",
				"No marketing consent from the customer");
	}

	@Test
	void marketingAtTenInTheEveningWaitsUntilEightWhileServiceGoesAtOnce() throws Exception {
		clock.fixAt(NIGHT);
		long customer = customer();
		consent(customer, true);
		String marketing = key();
		String customerEmail = email();
		String service = key();
		String staffEmail = email();
		enqueue(offer(marketing, customerEmail, customer), new OutgoingMessage(service, Channel.EMAIL, staffEmail,
				"complaint-escalated", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", "TS-2026-0003", "reason", "逾期未受理", "dueAt", "2026-12-02 18:00"), Purpose.SERVICE, null));

		dispatch();
		Instant eight = Instant.parse("2026-12-02T00:00:00Z");
		assertThat(mailsTo(staffEmail)).hasSize(1);
		assertThat(mailsTo(customerEmail)).isEmpty();
		assertThat(row(marketing)).containsEntry("status", "PENDING").containsEntry("next_attempt_at", eight);

		clock.fixAt(eight.minusSeconds(60));
		dispatch();
		assertThat(mailsTo(customerEmail)).isEmpty();
		clock.fixAt(eight);
		dispatch();

		assertThat(mailsTo(customerEmail)).hasSize(1);
		assertThat(row(marketing)).containsEntry("status", "SENT").containsEntry("attempts", 1);
	}

	@Test
	void recipientsAreNeverStoredInPlainText() {
		String key = key();
		String address = "Zhou.Min" + ThreadLocalRandom.current().nextInt(1_000_000) + "@Example.com";
		String mobile = TestCustomers.mobile();
		String openId = "o" + UUID.randomUUID().toString().replace("-", "");
		enqueue(acknowledged(key, Channel.EMAIL, address, Locale.ENGLISH), acknowledged(key, Channel.SMS, mobile, Locale.ENGLISH),
				acknowledged(key, Channel.WECHAT, openId, Locale.ENGLISH));
		dispatch();

		List<String> stored = jdbc.sql("select t::text from notification_outbox t where event_key = ?").param(key)
			.query(String.class).list();
		assertThat(stored).hasSize(3).allSatisfy(text -> assertThat(text.toLowerCase(Locale.ROOT))
			.doesNotContain(address.toLowerCase(Locale.ROOT), mobile, openId.toLowerCase(Locale.ROOT)));
		List<String> decrypted = jdbc.sql("select recipient_enc from notification_outbox where event_key = ? order by channel")
			.param(key).query((rs, n) -> pii.decrypt(rs.getBytes(1))).list();
		assertThat(decrypted).containsExactly(address.toLowerCase(Locale.ROOT), mobile, openId);
	}

	private static OutgoingMessage acknowledged(String key, Channel channel, String to, Locale locale) {
		return new OutgoingMessage(key, channel, to, "complaint-acknowledged", locale,
				Map.of("complaintNo", "TS-2026-0001", "resolutionDueAt", "2026-12-10 23:59"), Purpose.SERVICE, null);
	}

	private static OutgoingMessage offer(String key, String to, long customer) {
		return new OutgoingMessage(key, Channel.EMAIL, to, "complaint-received", Locale.SIMPLIFIED_CHINESE,
				Map.of("complaintNo", "MKT-1", "statusUrl", "https://clientcare.example/offers"), Purpose.MARKETING,
				new CustomerId(customer));
	}

	private void enqueue(OutgoingMessage... messages) {
		transactions.executeWithoutResult(status -> Arrays.stream(messages).forEach(notifications::send));
	}

	/**
	 * Runs the dispatcher once, waiting while the context's scheduled run (which finds no channel) holds the job — on
	 * this thread, the one that opened the channels.
	 */
	private Map<String, Object> dispatch() {
		return await("notification-dispatch free").pollInSameThread().pollInterval(Duration.ofMillis(50))
			.until(() -> jobs.run("notification-dispatch"), java.util.Optional::isPresent).get();
	}

	private Map<String, Object> row(String key) {
		return jdbc.sql("""
				select id, status, attempts, next_attempt_at, last_error from notification_outbox where event_key = ?""")
			.param(key).query((rs, n) -> {
				var row = new java.util.HashMap<String, Object>();
				row.put("id", rs.getLong("id"));
				row.put("status", rs.getString("status"));
				row.put("attempts", rs.getInt("attempts"));
				row.put("next_attempt_at", rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant());
				row.put("last_error", rs.getString("last_error"));
				return row;
			}).single();
	}

	private int rows(String key) {
		return jdbc.sql("select count(*) from notification_outbox where event_key = ?").param(key).query(Integer.class).single();
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(mail -> {
			try {
				return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private long customer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body().get("id").asLong();
	}

	private void consent(long customer, boolean granted) {
		var answer = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/consents",
				Api.json("purpose", "MARKETING", "granted", granted, "channel", "APP"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
	}

	private static String key() {
		return "test:" + UUID.randomUUID();
	}

	private static String email() {
		return "c" + ThreadLocalRandom.current().nextInt(100_000_000) + "@example.com";
	}
}
