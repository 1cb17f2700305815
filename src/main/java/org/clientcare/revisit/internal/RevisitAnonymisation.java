package org.clientcare.revisit.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The revisit module's part of anonymising customers after their retention period: what the customer said in revisits and the notes on them. */
@Component
class RevisitAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	RevisitAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "revisits";
	}

	@Override
	public org.clientcare.customer.DataCategory category() {
		return org.clientcare.customer.DataCategory.REVISIT_NOTES;
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update revisit set product_usage = case when product_usage is null then null else '（已匿名）' end, problems = case when problems is null then null else '（已匿名）' end, suggestions = case when suggestions is null then null else '（已匿名）' end, notes = case when notes is null then null else '（已匿名）' end where customer_id = any(?) and coalesce(product_usage, problems, suggestions, notes) is not null and coalesce(notes, '') <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
