package org.clientcare.timeline.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline module's part of anonymising customers after their retention period: the customer timeline, a projection of the other modules' records, is removed. */
@Component
class TimelineAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	TimelineAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "timeline";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("delete from timeline_entry where customer_id = any(?)").param(customerIds).update();
		return changed;
	}
}
