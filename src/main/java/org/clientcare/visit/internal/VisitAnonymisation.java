package org.clientcare.visit.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The visit module's part of anonymising customers after their retention period: purpose, summary, attendees, next steps and escalations of visits. */
@Component
class VisitAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	VisitAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "visits";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update visit set purpose = '（已匿名）', summary = '（已匿名）', attendees = case when attendees is null then null else '（已匿名）' end, next_steps = case when next_steps is null then null else '（已匿名）' end, escalation = case when escalation is null then null else '（已匿名）' end where customer_id = any(?) and summary <> '（已匿名）'").param(customerIds).update();
		return changed;
	}
}
