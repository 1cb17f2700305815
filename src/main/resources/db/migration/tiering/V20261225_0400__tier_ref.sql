-- tier_ref: the read-only view the tiering module publishes of the tier customers see, one row per tiered customer
-- (customer_id, tier, since). It is the only home of the tier: the customer module's customer_ref joins it, and its
-- lists filter on it, instead of a copy in the wide customer row that the nightly job had to rewrite on every change
-- (a row of about half a kilobyte with ten indexes, about half of a first run over a million customers).
create view tier_ref as
select customer_id, tier, since
from customer_tier;

-- A list filtered by tier (an account manager's DIAMOND customers) finds the tier's customers in this narrow index
-- and joins them to the scope's, without reading the tier rows with their explanations.
create index customer_tier_tier_idx on customer_tier (tier, customer_id);
