-- case_timeline_ref: the read-only view the casework module publishes for the customer timeline's back-fill — each
-- case's number, title, status and when it was opened and closed (with the reason of a rejection).
create view case_timeline_ref as
select id, case_no, customer_id, title, status, created_at, closed_at, reject_reason
from client_case;
