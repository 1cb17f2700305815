-- revisit_kpi_ref: the read-only view the revisit module publishes for the KPIs (satisfaction rate, revisit
-- completion rate): each revisit's due date, status, completion time, assignee and satisfaction — no notes.
create view revisit_kpi_ref as
select id, customer_id, assignee_id, reason, due_date, status, completed_at, satisfaction
from revisit;
