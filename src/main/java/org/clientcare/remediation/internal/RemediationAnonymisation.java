package org.clientcare.remediation.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The remediation module's part of anonymising customers after their retention period: the findings and the outcome
 * the staff wrote; the source, dates, choice and refund amount stay for the statistics.
 */
@Component
class RemediationAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	private final org.clientcare.approval.ApprovalManagement approvals;

	RemediationAnonymisation(JdbcClient jdbc, org.clientcare.approval.ApprovalManagement approvals) {
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@Override
	public String name() {
		return "remediations";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.TRANSACTIONS;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = jdbc.sql("""
				update remediation
				   set findings = case when cardinality(findings) = 0 then findings else array[:replaced] end,
				       outcome = case when outcome is null then null else :replaced end
				 where customer_id = any(:ids)
				   and (outcome is distinct from :replaced and outcome is not null
				        or cardinality(findings) > 0 and findings <> array[:replaced]::text[])""")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		// the refund requests' reasons may quote the customer
		changed += approvals.anonymiseSubjects("remediation", jdbc.sql("select id from remediation where customer_id = any(?)")
			.param(customerIds).query(Long.class).list(), REPLACED);
		return changed;
	}
}
