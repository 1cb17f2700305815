package org.clientcare.privacy.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy module's part of anonymising customers after their retention period: what the customer asked for and
 * what we answered in its data-subject requests, and the reasons of its released legal holds; kinds, channels, dates
 * and outcomes stay for the on-time rate.
 */
@Component
class PrivacyAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	PrivacyAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "privacyRequests";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.IDENTITY;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("""
				update privacy_request
				   set details = case when details is null then null else :replaced end,
				       answer = case when answer is null then null else :replaced end
				 where customer_id = any(:ids)
				   and (details is not null and details <> :replaced or answer is not null and answer <> :replaced)""")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		changed += jdbc.sql("""
				update privacy_legal_hold set reason = :replaced
				 where customer_id = any(:ids) and released_at is not null and reason <> :replaced""")
			.param("replaced", REPLACED).param("ids", customerIds).update();
		return changed;
	}
}
