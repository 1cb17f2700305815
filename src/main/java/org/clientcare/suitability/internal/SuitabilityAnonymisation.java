package org.clientcare.suitability.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The suitability module's part of anonymising customers after their retention period: notes on signed acknowledgments and compliance's findings. */
@Component
class SuitabilityAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	SuitabilityAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "suitability";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.TRANSACTIONS;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update risk_acknowledgment set note = '（已匿名）' where customer_id = any(?) and note is not null and note <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update sale_recording set qc_finding = '（已匿名）' where customer_id = any(?) and qc_finding is not null and qc_finding <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update suitability_alert set finding = '（已匿名）' where customer_id = any(?) and finding is not null and finding <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
