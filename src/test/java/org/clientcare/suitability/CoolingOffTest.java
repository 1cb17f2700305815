package org.clientcare.suitability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.clientcare.notification.Channel;
import org.clientcare.notification.NotificationManagement;
import org.clientcare.notification.OutgoingMessage;
import org.clientcare.notification.Purpose;
import org.clientcare.shared.CustomerId;
import org.clientcare.support.Api;
import org.clientcare.support.IntegrationTest;
import org.clientcare.support.Publications;
import org.clientcare.support.TestCustomers;
import org.clientcare.transaction.TransactionRecorded;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CoolingOffTest {

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aPurchaseOfPrivateWealthHoldsMarketingUntilItsTwentyFourHourCoolingOffHasPassed() {
		long customer = customer();
		consentToMarketing(customer);
		OffsetDateTime purchasedAt = OffsetDateTime.now().minusHours(1);
		long purchase = report(customer, "PURCHASE", "P-R5", purchasedAt);
		awaitPeriod(purchase);
		String offer = "test:" + UUID.randomUUID();
		String notice = "test:" + UUID.randomUUID();

		transactions.executeWithoutResult(status -> {
			notifications.send(message(offer, customer, Purpose.MARKETING));
			notifications.send(message(notice, customer, Purpose.SERVICE));
		});

		Instant periodEnds = purchasedAt.toInstant().plus(Duration.ofHours(24));
		assertThat(due(offer)).isAfterOrEqualTo(periodEnds.minusSeconds(1));
		assertThat(due(notice)).isBefore(Instant.now().plusSeconds(60));
	}

	@Test
	void aCancellationInsideTheCoolingOffPeriodIsRecordedAndOneAfterItIsNot() {
		long inside = customer();
		long outside = customer();
		long early = report(inside, "PURCHASE", "P-R5", OffsetDateTime.now().minusHours(3));
		long late = report(outside, "PURCHASE", "P-R5", OffsetDateTime.now().minusHours(30));
		awaitPeriod(early);
		awaitPeriod(late);

		long cancellation = report(inside, "CANCELLATION", "P-R5", OffsetDateTime.now().minusHours(1));
		long lateCancellation = report(outside, "CANCELLATION", "P-R5", OffsetDateTime.now().minusHours(1));

		Publications.awaitCompleted(jdbc, TransactionRecorded.class, "transactionId", cancellation);
		Publications.awaitCompleted(jdbc, TransactionRecorded.class, "transactionId", lateCancellation);
		assertThat(cancellationOf(early)).isEqualTo(cancellation);
		assertThat(cancellationOf(late)).isNull();
		assertThat(jdbc.queryForObject("select count(*) from customer_transaction where id = ?", Long.class,
				lateCancellation)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'cooling-off.cancelled'"
				+ " and entity_id = ?", Long.class, Long.toString(inside))).isEqualTo(1);
	}

	@Test
	void aProductWithoutCoolingOffOpensNoPeriod() {
		long customer = customer();
		long purchase = report(customer, "PURCHASE", "P-R3", OffsetDateTime.now().minusHours(1));
		Publications.awaitCompleted(jdbc, TransactionRecorded.class, "transactionId", purchase);

		assertThat(jdbc.queryForObject("select count(*) from cooling_off_period where transaction_id = ?", Long.class,
				purchase)).isZero();
	}

	long customer() {
		return api.as("zhang.rm").post("/api/v1/customers", TestCustomers.individual("SH-PD", "zhang.rm")).body()
			.get("id").asLong();
	}

	void consentToMarketing(long customer) {
		var answer = api.as("zhang.rm").post("/api/v1/customers/" + customer + "/consents",
				Api.json("purpose", "MARKETING", "granted", true, "channel", "APP"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
	}

	long report(long customer, String type, String product, OffsetDateTime at) {
		var answer = api.as("core.feed").post("/api/v1/transactions", Api.json("externalId", "C-" + UUID.randomUUID(),
				"customerId", customer, "type", type, "productCode", product, "amount", "200000.00", "occurredAt",
				at.toString()));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.body().get("id").asLong();
	}

	void awaitPeriod(long purchase) {
		await("a cooling-off period for " + purchase).until(() -> jdbc.queryForObject(
				"select count(*) from cooling_off_period where transaction_id = ?", Long.class, purchase), n -> n > 0);
	}

	Long cancellationOf(long purchase) {
		List<Long> ids = jdbc.queryForList("select cancellation_transaction_id from cooling_off_period where transaction_id = ?",
				Long.class, purchase);
		return ids.isEmpty() ? null : ids.get(0);
	}

	Instant due(String eventKey) {
		return jdbc.queryForObject("select next_attempt_at from notification_outbox where event_key = ?",
				OffsetDateTime.class, eventKey).toInstant();
	}

	static OutgoingMessage message(String key, long customer, Purpose purpose) {
		return new OutgoingMessage(key, Channel.EMAIL, "c" + customer + "@example.com", "complaint-received",
				Locale.SIMPLIFIED_CHINESE, Map.of("complaintNo", "MKT-1", "statusUrl", "https://clientcare.example/offers"),
				purpose, new CustomerId(customer));
	}
}
