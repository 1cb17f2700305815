-- The restricted state (PIPL Art. 47 with AML retention): a customer who asked for deletion that the law does not
-- allow yet is kept, but not processed for marketing or care and not contacted except for the law's purposes.
alter table customer add column restricted_at timestamptz, add column restricted_reason varchar(500);

-- customer_ref gains whether the customer is restricted (columns are only ever added at the end).
create or replace view customer_ref as
select id, customer_no, type, status, org_unit_id, manager_id, tier, relationship_since,
       restricted_at is not null as restricted
from customer;
