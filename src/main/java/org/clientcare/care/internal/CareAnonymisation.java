package org.clientcare.care.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The care module's part of anonymising customers after their retention period: the birthday kept for greetings (solar
 * and lunar) and the unsubscribe links; the texts and addresses of greetings and event invitations went through the
 * notification outbox, which scrubs its own (the care tables hold neither). Occasions, years, statuses and attendance stay for the
 * statistics.
 */
@Component
class CareAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	CareAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "care";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.MARKETING;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("""
				update care_profile set birth_month = null, birth_day = null, lunar_month = null, lunar_day = null,
				       lunar_birthday = false
				 where customer_id = any(?) and (birth_month is not null or lunar_month is not null)""")
			.param(customerIds).update();
		changed += jdbc.sql("delete from care_unsubscribe_link where customer_id = any(?)").param(customerIds).update();
		return changed;
	}
}
