package org.clientcare.tiering.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tiering module's part of anonymising customers after their retention period: the reason staff wrote for a tier
 * override; tiers, rules and their history stay for the statistics.
 */
@Component
class TieringAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	TieringAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "tiers";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.TRANSACTIONS;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		return jdbc.sql("update customer_tier set override_reason = :replaced where customer_id = any(:ids) and override_reason is not null and override_reason <> :replaced")
			.param("replaced", REPLACED).param("ids", customerIds).update();
	}
}
