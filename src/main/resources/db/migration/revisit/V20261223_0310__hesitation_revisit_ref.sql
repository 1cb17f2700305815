-- hesitation_revisit_ref: the read-only view the revisit module publishes for the KPI of hesitation-period revisits
-- (§5, §10: revisits of insurance policies completed inside their hesitation period, 犹豫期): one row per revisit a
-- purchase planned inside a hesitation period — the product, who works it, the due day, the last day of the period,
-- where it stands, when it was completed, and the letter/SMS fallback sent when the customer was not reached in three
-- attempts. A revisit counts as completed inside the period when status = 'DONE' and completed_at, read on the
-- institution's calendar (clientcare.platform.zone), falls on or before hesitation_ends_on. No notes, no answers.
create view hesitation_revisit_ref as
select id, customer_id, assignee_id, product_code, due_date, hesitation_ends_on, status, completed_at,
       fallback_channel, fallback_at
from revisit
where hesitation_ends_on is not null;
