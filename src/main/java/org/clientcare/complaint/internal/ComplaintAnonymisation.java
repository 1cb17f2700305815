package org.clientcare.complaint.internal;

import org.clientcare.customer.CustomerAnonymisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaint module's part of anonymising customers after their retention period: the complainant's name and contact, the complaint's text, resolution and step details, and the follow-ups of its corrective actions. */
@Component
class ComplaintAnonymisation implements CustomerAnonymisation {

	private final JdbcClient jdbc;

	private final org.clientcare.approval.ApprovalManagement approvals;

	ComplaintAnonymisation(JdbcClient jdbc, org.clientcare.approval.ApprovalManagement approvals) {
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@Override
	public String name() {
		return "complaints";
	}

	@Override
	public int anonymise(Long[] customerIds) {
		int changed = 0;
		changed += jdbc.sql("update complaint set complainant_name = '（已匿名）', contact_enc = null, contact_hash = null, content = '（已匿名）', resolution = case when resolution is null then null else '（已匿名）' end where customer_id = any(?) and complainant_name <> '（已匿名）'").param(customerIds).update();
		changed += jdbc.sql("update complaint_event e set detail = '（已匿名）' from complaint c where c.id = e.complaint_id and c.customer_id = any(?) and e.detail is not null and e.detail <> '（已匿名）'").param(customerIds).update();
		// corrective actions speak of processes, but their follow-ups may quote the complainant
		changed += jdbc.sql("update complaint_action_follow_up f set note = '（已匿名）' from complaint_action a join complaint c on c.id = a.complaint_id where a.id = f.action_id and c.customer_id = any(?) and f.note <> '（已匿名）'").param(customerIds).update();
		// the requests about its complaints (compensation, extension, restart) may quote the complainant
		changed += approvals.anonymiseSubjects("complaint", jdbc.sql("select id from complaint where customer_id = any(?)")
			.param(customerIds).query(Long.class).list(), REPLACED);
		return changed;
	}
}
