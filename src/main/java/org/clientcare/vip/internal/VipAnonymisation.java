package org.clientcare.vip.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The VIP programme's part of anonymising customers after their retention period: the card holder's name and title,
 * and the reasons and notes staff wrote on candidates, changes and the history; levels, years and figures stay for
 * the statistics.
 */
@Component
class VipAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	private final org.clientcare.approval.ApprovalManagement approvals;

	VipAnonymisation(JdbcClient jdbc, org.clientcare.approval.ApprovalManagement approvals) {
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@Override
	public String name() {
		return "vip";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update vip_card set holder_name = :replaced, holder_title = :replaced where customer_id = any(:ids) and holder_name <> :replaced")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		changed += jdbc.sql("update vip_candidate set reason = :replaced where customer_id = any(:ids) and reason <> :replaced")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		changed += jdbc.sql("update vip_change set reason = :replaced where customer_id = any(:ids) and reason <> :replaced")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		changed += jdbc.sql("update vip_history set note = :replaced where customer_id = any(:ids) and note is not null and note <> :replaced")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		// the card and level-change requests about the customer
		changed += approvals.anonymiseSubjects("vip-card", jdbc.sql("select id from vip_card where customer_id = any(?)")
			.param(customerIds).query(Long.class).list(), REPLACED);
		changed += approvals.anonymiseSubjects("vip-member", jdbc.sql("select year || '-' || customer_id from vip_change where customer_id = any(?)")
			.param(customerIds).query(String.class).list(), REPLACED);
		return changed;
	}
}
