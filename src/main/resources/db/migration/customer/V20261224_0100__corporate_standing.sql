-- The corporate standing the bank regulations tier by (SPEC §3): whether a corporate customer doing business here is
-- a Fortune Global 500 or a China Top 500 enterprise, and whether it is a provincial branch of a state-controlled
-- bank or of a regional joint-stock bank. Individuals keep the defaults (false, null).
alter table customer
  add column fortune_global_500 boolean not null default false,
  add column china_top_500 boolean not null default false,
  add column bank_branch varchar(32) check (bank_branch in ('STATE_CONTROLLED', 'REGIONAL_JOINT_STOCK'));

-- customer_ref gains the corporate standing (columns are only ever added at the end).
create or replace view customer_ref as
select id, customer_no, type, status, org_unit_id, manager_id, tier, relationship_since,
       restricted_at is not null as restricted, fortune_global_500, china_top_500, bank_branch
from customer;
