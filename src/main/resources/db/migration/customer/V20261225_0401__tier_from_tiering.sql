-- The tier is the tiering module's (tier_ref): customer_ref shows it from there, in the same place and type as
-- before, and the customer row no longer keeps a copy of it. A query of customer_ref that does not read the tier
-- does not join it (PostgreSQL removes a left join to a unique key whose columns are not used).
create or replace view customer_ref as
select c.id, c.customer_no, c.type, c.status, c.org_unit_id, c.manager_id, t.tier, c.relationship_since,
       c.restricted_at is not null as restricted, c.fortune_global_500, c.china_top_500, c.bank_branch
from customer c left join tier_ref t on t.customer_id = c.id;

alter table customer drop column tier;
