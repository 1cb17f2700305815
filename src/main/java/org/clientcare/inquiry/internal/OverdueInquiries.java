package org.clientcare.inquiry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.clientcare.audit.AuditTrail;
import org.clientcare.inquiry.InquiryEvents.InquiriesOverdue;
import org.clientcare.inquiry.InquiryEvents.InquiriesOverdue.Overdue;
import org.clientcare.shared.CustomerId;
import org.clientcare.shared.jobs.JobStep;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inquiries' part of the SLA sweep ({@code sla-sweep}): one statement flags every inquiry still unanswered after
 * its due time (once: a flagged one is skipped) and writes its {@code OVERDUE} timeline row; then one
 * {@link InquiriesOverdue} and one audit entry per inquiry. A second run finds nothing; the flag is never cleared.
 */
@Component
class OverdueInquiries implements JobStep {

	private static final String FLAG = """
			with flagged as (
			  update inquiry set overdue = true, overdue_at = ?, version = version + 1, updated_at = ?
			  where status in ('OPEN', 'IN_PROGRESS') and not overdue and due_at < ?
			  returning id, inquiry_no, customer_id, org_unit_id, due_at),
			timeline as (
			  insert into inquiry_event (inquiry_id, at, actor, kind, detail)
			  select id, ?, ?, 'OVERDUE', null from flagged)
			select * from flagged order by id""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverdueInquiries(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String job() {
		return "sla-sweep";
	}

	@Override
	public String name() {
		return "inquiries";
	}

	@Override
	public Map<String, Object> run() {
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		List<Overdue> found = jdbc.sql(FLAG).params(at, at, at, at, "system:sla-sweep")
			.query((rs, n) -> new Overdue(rs.getLong("id"), rs.getString("inquiry_no"),
					rs.getObject("customer_id") == null ? null : new CustomerId(rs.getLong("customer_id")),
					(Long) rs.getObject("org_unit_id"), Inquiries.instant(rs, "due_at")))
			.list();
		if (!found.isEmpty()) {
			events.publishEvent(new InquiriesOverdue(found, now));
			audit.recordAll(found.stream()
				.map(o -> new AuditTrail.Change("inquiry.overdue", "inquiry", o.inquiryId(), Map.of("overdue", false),
						Map.of("overdue", true, "dueAt", o.dueAt().toString())))
				.toList());
		}
		return Map.of("overdue", found.size());
	}
}
