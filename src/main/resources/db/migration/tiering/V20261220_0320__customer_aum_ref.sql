-- customer_aum_ref: the read-only view the tiering module publishes for the KPIs (AUM growth): each customer's
-- assets under management on each date the core system reported them.
create view customer_aum_ref as
select customer_id, as_of, aum
from customer_metrics;
