-- tier_change_ref: the read-only view the tiering module publishes for the customer timeline's back-fill — every
-- change of the tier customers see, as TierChanged tells it (from, to, since).
create view tier_change_ref as
select customer_id, from_tier, to_tier, changed_at
from customer_tier_history;
