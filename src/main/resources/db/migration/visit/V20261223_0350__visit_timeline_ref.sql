-- visit_timeline_ref: the read-only view the visit module publishes for the customer timeline's back-fill — each
-- visit of the ledger as VisitRecorded tells it (kind, method, day, purpose, who recorded it), no summary or needs.
create view visit_timeline_ref as
select id, customer_id, kind, method, occurred_at, purpose, recorded_by
from visit;
