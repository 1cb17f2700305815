package org.clientcare.kpi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clientcare.complaint.ComplaintEvents.ComplaintAcknowledged;
import org.clientcare.complaint.ComplaintEvents.ComplaintClosed;
import org.clientcare.complaint.ComplaintEvents.ComplaintRegistered;
import org.clientcare.complaint.ComplaintEvents.ComplaintReopened;
import org.clientcare.complaint.ComplaintEvents.ComplaintResolved;
import org.clientcare.customer.CustomerChanged;
import org.clientcare.customer.CustomerRegistered;
import org.clientcare.customer.CustomersImported;
import org.clientcare.revisit.RevisitDone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the days of the KPI roll-up that are already rolled up true after late changes: a revisit done or given up, a
 * complaint registered late, acknowledged, resolved, closed or reopened, a customer registered with an earlier
 * relationship or moved to another manager or unit — each writes the rows of the days its records count on again
 * ({@link KpiRollup#refresh}). The changes the KPI module keeps projections of (accounts, inquiries, customer status)
 * refresh their day in {@link KpiProjections}, after the projection is written. A bulk import of customers makes the
 * customer counts be read from the records until the next rebuild.
 */
@Component
class KpiRollupRefresh {

	private static final Set<String> ATTRIBUTION = Set.of("manager", "managerId", "managerUsername", "orgUnit",
			"orgUnitId", "status");

	private final JdbcClient jdbc;

	private final KpiRollup rollup;

	private final Clock clock;

	KpiRollupRefresh(JdbcClient jdbc, KpiRollup rollup, Clock clock) {
		this.jdbc = jdbc;
		this.rollup = rollup;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RevisitDone e) {
		days("""
				select due_date from revisit_kpi_ref where id = :id
				union select (completed_at at time zone :zone)::date from revisit_kpi_ref where id = :id and completed_at is not null
				union select hesitation_ends_on from revisit_kpi_ref where id = :id and hesitation_ends_on is not null""",
				e.revisitId());
	}

	@ApplicationModuleListener
	void on(ComplaintRegistered e) {
		complaint(e.complaintId());
	}

	@ApplicationModuleListener
	void on(ComplaintAcknowledged e) {
		complaint(e.complaintId());
	}

	@ApplicationModuleListener
	void on(ComplaintResolved e) {
		complaint(e.complaintId());
	}

	@ApplicationModuleListener
	void on(ComplaintClosed e) {
		complaint(e.complaintId());
	}

	/** A reopened complaint is no longer closed on a day not known any more: every day since its receipt. */
	@ApplicationModuleListener
	void on(ComplaintReopened e) {
		jdbc.sql("select (received_at at time zone ?)::date from complaint_kpi_ref where id = ?")
			.params(clock.getZone().getId(), e.complaintId())
			.query(LocalDate.class)
			.optional()
			.ifPresent(received -> rollup.refresh(received, null));
	}

	@ApplicationModuleListener
	void on(CustomerRegistered e) {
		if (e.relationshipSince() != null) {
			rollup.refresh(e.relationshipSince(), e.relationshipSince());
		}
	}

	@ApplicationModuleListener
	void on(CustomersImported e) {
		rollup.customersLive();
	}

	/** A customer moved to another manager or unit: the days of all its records count it elsewhere now. */
	@ApplicationModuleListener
	void on(CustomerChanged e) {
		if (e.fields().stream().noneMatch(ATTRIBUTION::contains)) {
			return;
		}
		days("""
				select due_date from revisit_kpi_ref where customer_id = :id
				union select (completed_at at time zone :zone)::date from revisit_kpi_ref where customer_id = :id and completed_at is not null
				union select hesitation_ends_on from revisit_kpi_ref where customer_id = :id and hesitation_ends_on is not null
				union select (received_at at time zone :zone)::date from complaint_kpi_ref where customer_id = :id
				union select (closed_at at time zone :zone)::date from complaint_kpi_ref where customer_id = :id and closed_at is not null
				union select (opened_at at time zone :zone)::date from kpi_account where customer_id = :id
				union select (changed_at at time zone :zone)::date from kpi_account_change where customer_id = :id
				union select (due_at at time zone :zone)::date from kpi_inquiry where customer_id = :id
				union select relationship_since from customer_ref where id = :id and relationship_since is not null""",
				e.customerId().value());
	}

	private void complaint(long id) {
		days("""
				select (received_at at time zone :zone)::date from complaint_kpi_ref where id = :id
				union select (closed_at at time zone :zone)::date from complaint_kpi_ref where id = :id and closed_at is not null""",
				id);
	}

	/** Refreshes each day the statement answers for the record {@code id}. */
	private void days(String sql, long id) {
		List<LocalDate> days = jdbc.sql(sql).param("id", id).param("zone", clock.getZone().getId())
			.query(LocalDate.class).list();
		rollup.refresh(days.stream().sorted().map(day -> new LocalDate[] { day, day }).toList());
	}
}
