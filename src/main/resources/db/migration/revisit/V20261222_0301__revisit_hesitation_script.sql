-- The regulator's script of a revisit inside a hesitation period (犹豫期, §5): the items the customer confirmed and
-- those denied, the mis-selling the answers show, the product of the purchase followed, and the letter/SMS fallback
-- (SMS or LETTER) sent when the customer could not be reached in three attempts.
alter table revisit add column product_code     varchar(32);
alter table revisit add column script_confirmed text[];
alter table revisit add column script_denied    text[];
alter table revisit add column mis_selling      text[];
alter table revisit add column fallback_channel varchar(8) check (fallback_channel in ('SMS', 'LETTER'));
alter table revisit add column fallback_at      timestamptz;

-- revisit_kpi_ref also tells the last day of the hesitation period, for the completion of those revisits inside it.
create or replace view revisit_kpi_ref as
select id, customer_id, assignee_id, reason, due_date, status, completed_at, satisfaction, hesitation_ends_on
from revisit;
