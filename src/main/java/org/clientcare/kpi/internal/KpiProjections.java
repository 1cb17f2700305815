package org.clientcare.kpi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.clientcare.account.AccountEvents.AccountOpened;
import org.clientcare.account.AccountEvents.AccountStatusChanged;
import org.clientcare.customer.CustomerStatusChanged;
import org.clientcare.inquiry.InquiryEvents.InquiryAnswered;
import org.clientcare.inquiry.InquiryEvents.InquiryConvertedToComplaint;
import org.clientcare.inquiry.InquiryEvents.InquiryRegistered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the KPI module's projections from the events of accounts, customers and inquiries. Each write is keyed
 * ({@code on conflict}), so a redelivered event changes nothing.
 */
@Component
class KpiProjections {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final KpiRollup rollup;

	KpiProjections(JdbcClient jdbc, Clock clock, KpiRollup rollup) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rollup = rollup;
	}

	/** A late change to a day the roll-up already holds writes that day's rows again. */
	private void refresh(java.time.Instant at) {
		LocalDate day = at.atZone(clock.getZone()).toLocalDate();
		rollup.refresh(day, day);
	}

	@ApplicationModuleListener
	void on(AccountOpened e) {
		jdbc.sql("""
				insert into kpi_account (account_id, external_id, customer_id, org_unit_id, kind, opened_at)
				values (?, ?, ?, ?, ?, ?) on conflict (account_id) do nothing""")
			.params(e.accountId(), e.externalId(), e.customer().value(), e.orgUnitId(), e.kind().name(), Timestamp.from(e.openedAt()))
			.update();
		refresh(e.openedAt());
	}

	@ApplicationModuleListener
	void on(AccountStatusChanged e) {
		jdbc.sql("""
				insert into kpi_account_change (account_id, external_id, customer_id, org_unit_id, from_status, to_status,
				  changed_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(e.accountId(), e.externalId(), e.customer().value(), e.orgUnitId(), e.from().name(), e.to().name(),
					Timestamp.from(e.at()))
			.update();
		refresh(e.at());
	}

	/**
	 * The change at its own time: a listener hears of it a moment later, and the demo replays changes of months ago
	 * (a publication from before the event carried its time is dated when it is heard).
	 */
	@ApplicationModuleListener
	void on(CustomerStatusChanged e) {
		java.time.Instant at = e.at() != null ? e.at() : clock.instant();
		jdbc.sql("insert into kpi_customer_change (customer_id, from_status, to_status, changed_at) values (?, ?, ?, ?)")
			.params(e.customerId().value(), e.from().name(), e.to().name(), Timestamp.from(at))
			.update();
		// the customer counts of the day its relationship began, by its present status
		jdbc.sql("select relationship_since from customer_ref where id = ? and relationship_since is not null")
			.param(e.customerId().value()).query(LocalDate.class).optional()
			.ifPresent(day -> rollup.refresh(day, day));
	}

	@ApplicationModuleListener
	void on(InquiryRegistered e) {
		jdbc.sql("""
				insert into kpi_inquiry (inquiry_id, customer_id, org_unit_id, received_at, due_at) values (?, ?, ?, ?, ?)
				on conflict (inquiry_id) do update set received_at = excluded.received_at""")
			.params(e.inquiryId(), e.customer() == null ? null : e.customer().value(), e.orgUnitId(),
					Timestamp.from(e.receivedAt()), Timestamp.from(e.dueAt()))
			.update();
		refresh(e.dueAt());
	}

	@ApplicationModuleListener
	void on(InquiryAnswered e) {
		closed(e.inquiryId(), e.customer(), e.orgUnitId(), e.answeredAt(), e.dueAt(), e.onTime());
	}

	@ApplicationModuleListener
	void on(InquiryConvertedToComplaint e) {
		closed(e.inquiryId(), e.customer(), e.orgUnitId(), e.convertedAt(), e.dueAt(), e.onTime());
	}

	/** An answer or a conversion; it may arrive before the registration, whose time then replaces the placeholder. */
	private void closed(long inquiryId, org.clientcare.shared.CustomerId customer, Long orgUnitId, java.time.Instant at,
			java.time.Instant dueAt, boolean onTime) {
		jdbc.sql("""
				insert into kpi_inquiry (inquiry_id, customer_id, org_unit_id, received_at, due_at, closed_at, on_time)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (inquiry_id) do update set closed_at = excluded.closed_at, on_time = excluded.on_time
				where kpi_inquiry.closed_at is null""")
			.params(inquiryId, customer == null ? null : customer.value(), orgUnitId, Timestamp.from(at),
					Timestamp.from(dueAt), Timestamp.from(at), onTime)
			.update();
		refresh(dueAt);
	}
}
