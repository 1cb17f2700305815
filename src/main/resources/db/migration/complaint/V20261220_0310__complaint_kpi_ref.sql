-- complaint_kpi_ref: the read-only view the complaint module publishes for the KPIs (count, rate, on-time
-- acknowledgment and resolution, handling satisfaction): when each complaint came in, its deadlines, when they were
-- met, its unit and the satisfaction given — no complainant, contact or content.
create view complaint_kpi_ref as
select id, complaint_no, customer_id, org_unit_id, category, channel, received_at, status, ack_due_at, acknowledged_at,
       resolution_due_at, resolved_at, closed_at, satisfaction
from complaint;
