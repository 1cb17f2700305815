package org.clientcare.entitlement.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entitlement module's part of anonymising customers after their retention period: the notes staff wrote on the
 * uses; the grants, uses, years and statuses stay for the statistics.
 */
@Component
class EntitlementAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	private final org.clientcare.approval.ApprovalManagement approvals;

	EntitlementAnonymisation(JdbcClient jdbc, org.clientcare.approval.ApprovalManagement approvals) {
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@Override
	public String name() {
		return "entitlements";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = jdbc.sql("update entitlement_use set note = :replaced where customer_id = any(:ids) and note is not null and note <> :replaced")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		// the over-quota requests' reasons may quote the customer
		changed += approvals.anonymiseSubjects("entitlement-use", jdbc.sql("select id from entitlement_use where customer_id = any(?)")
			.param(customerIds).query(Long.class).list(), REPLACED);
		return changed;
	}
}
