package org.clientcare.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.clientcare.complaint.ComplaintEvents.ComplaintClosed;
import org.clientcare.customer.CustomerManagement;
import org.clientcare.customer.CustomerStatus;
import org.clientcare.customer.CustomerStatusChanged;
import org.clientcare.shared.CustomerId;
import org.clientcare.support.ModuleTest;
import org.clientcare.support.TestCustomers;
import org.clientcare.tiering.Tier;
import org.clientcare.tiering.TierChanged;
import org.clientcare.tiering.TierScheme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/** The revisits the module plans when other modules' events arrive: closed complaints and tier changes. */
@ModuleTest
class RevisitPlanningModuleTest {

	@Autowired
	CustomerManagement customers;

	@Autowired
	JdbcTemplate jdbc;

	long customer() {
		return TestCustomers.registered(customers, "SH-PD", "zhang.rm", LocalDate.now().minusYears(1));
	}

	List<LocalDate> dueDates(long customer, String reason) {
		return jdbc.queryForList("select due_date from revisit where customer_id = ? and reason = ? order by id",
				LocalDate.class, customer, reason);
	}

	LocalDate openCadenceDue(long customer) {
		var due = jdbc.queryForList("select due_date from revisit where customer_id = ? and reason = 'CADENCE' and status = 'OPEN'",
				LocalDate.class, customer);
		return due.isEmpty() ? null : due.get(0);
	}

	@Test
	void aComplaintClosedOn30SeptemberIsFollowedUpThreeWorkingDaysLaterOn10October(Scenario scenario) {
		long customer = customer();

		scenario.publish(new ComplaintClosed(-System.nanoTime(), new CustomerId(customer),
				OffsetDateTime.parse("2026-09-30T16:00:00+08:00").toInstant()))
			.andWaitForStateChange(() -> dueDates(customer, "POST_COMPLAINT"), list -> !list.isEmpty())
			.andVerify(due -> assertThat(due).containsExactly(LocalDate.of(2026, 10, 10)));
	}

	@Test
	void aDiamondCustomerLastRevisitedOn5OctoberIsDueOn5NovemberAndOn5AprilOnceItDropsToGold(Scenario scenario) {
		long customer = customer();
		jdbc.update("""
				insert into revisit (customer_id, reason, source_key, due_date, status, attempts, reached, method, completed_at,
				  created_at) values (?, 'CADENCE', ?, '2026-10-01', 'DONE', 1, true, 'PHONE', ?, now())""", customer,
				"cadence:" + customer + ":test", Timestamp.from(OffsetDateTime.parse("2026-10-05T10:00:00+08:00").toInstant()));

		scenario.publish(new TierChanged(new CustomerId(customer), Tier.PLATINUM, Tier.DIAMOND, TierScheme.RETAIL, Instant.now()))
			.andWaitForStateChange(() -> openCadenceDue(customer), LocalDate.of(2026, 11, 5)::equals)
			.andVerify(asDiamond -> assertThat(asDiamond).isEqualTo(LocalDate.of(2026, 11, 5)));
		scenario.publish(new TierChanged(new CustomerId(customer), Tier.DIAMOND, Tier.GOLD, TierScheme.RETAIL, Instant.now()))
			.andWaitForStateChange(() -> openCadenceDue(customer), LocalDate.of(2027, 4, 5)::equals)
			.andVerify(asGold -> assertThat(asGold).isEqualTo(LocalDate.of(2027, 4, 5)));

		assertThat(jdbc.queryForObject("select count(*) from revisit where customer_id = ? and reason = 'CADENCE' and status = 'OPEN'",
				Long.class, customer)).isEqualTo(1);
	}

	@Test
	void aCustomerClosedIsContactedNoMoreItsOpenRevisitsAreCancelledAsOfTheClosingAndAuditedItsDoneOnesKept(
			Scenario scenario) {
		long customer = customer();
		long open = revisit(customer, "CADENCE", "OPEN");
		long purchase = revisit(customer, "POST_PURCHASE", "OPEN");
		long done = revisit(customer, "POST_COMPLAINT", "DONE");
		long someoneElses = revisit(customer(), "CADENCE", "OPEN");
		Instant closed = OffsetDateTime.parse("2026-11-20T15:30:00+08:00").toInstant();

		scenario.publish(new CustomerStatusChanged(new CustomerId(customer), CustomerStatus.ACTIVE, CustomerStatus.CLOSED,
				closed))
			.andWaitForStateChange(() -> statuses(customer), s -> !s.contains("OPEN"))
			.andVerify(s -> assertThat(s).containsExactly("CANCELLED", "CANCELLED", "DONE"));

		assertThat(jdbc.queryForList("select cancel_reason from revisit where id in (?, ?)", String.class, open, purchase))
			.containsExactly("CUSTOMER_CLOSED", "CUSTOMER_CLOSED");
		assertThat(jdbc.queryForObject("select completed_at from revisit where id = ?", Timestamp.class, open).toInstant())
			.as("cancelled when the customer was closed").isEqualTo(closed);
		assertThat(jdbc.queryForObject("select cancel_reason from revisit where id = ?", String.class, done)).isNull();
		assertThat(jdbc.queryForObject("select status from revisit where id = ?", String.class, someoneElses))
			.isEqualTo("OPEN");
		assertThat(jdbc.queryForList("""
				select entity_id from audit_entry where action = 'revisit.cancelled' and entity_type = 'revisit'
				  and entity_id in (?, ?, ?) order by entity_id""", String.class, String.valueOf(open),
				String.valueOf(purchase), String.valueOf(done)))
			.containsExactly(String.valueOf(open), String.valueOf(purchase));
	}

	@Test
	void aCustomerTurnedDormantKeepsItsOpenRevisits(Scenario scenario) {
		long customer = customer();
		long open = revisit(customer, "CADENCE", "OPEN");

		scenario.publish(new CustomerStatusChanged(new CustomerId(customer), CustomerStatus.ACTIVE, CustomerStatus.DORMANT,
				Instant.now()))
			.andWaitForStateChange(() -> jdbc.queryForObject("""
					select count(*) = 0 from event_publication where event_type = ? and completion_date is null""",
					Boolean.class, CustomerStatusChanged.class.getName()), Boolean.TRUE::equals)
			.andVerify(handled -> assertThat(jdbc.queryForObject("select status from revisit where id = ?",
					String.class, open)).isEqualTo("OPEN"));
	}

	long revisit(long customer, String reason, String status) {
		return jdbc.queryForObject("""
				insert into revisit (customer_id, reason, source_key, due_date, status, created_at)
				values (?, ?, ?, current_date + 3, ?, now()) returning id""", Long.class, customer, reason,
				reason.toLowerCase() + ":" + customer + ":" + System.nanoTime(), status);
	}

	List<String> statuses(long customer) {
		return jdbc.queryForList("select status from revisit where customer_id = ? order by status, id", String.class,
				customer);
	}

	/** The nightly job's batches re-plan as single changes would (here, so that the module starts in one test JVM only). */
	@Nested
	class CadenceReplanningInBatches extends CadenceReplanning {
	}
}
