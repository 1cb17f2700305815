-- Read-only views the customer module publishes for other modules, which read customers only through them (never the
-- customer table): no PII, no encrypted column. PostgreSQL inlines a view into the query that reads it, so a join
-- to it plans as the join to the table would.
--
-- customer_ref: who the customer is to other modules — number, type, lifecycle status, org unit, account manager
-- (null: unassigned), the tier customers see (as the tiering module decided it; null: untiered), and the start of
-- the relationship.
create view customer_ref as
select id, customer_no, type, status, org_unit_id, manager_id, tier, relationship_since
from customer;

-- customer_verification: when the customer's identity document expires and when its contact data was last
-- verified (the revisit module plans re-verifications from them).
create view customer_verification as
select id, status, manager_id, id_expiry, contact_verified_at
from customer;
