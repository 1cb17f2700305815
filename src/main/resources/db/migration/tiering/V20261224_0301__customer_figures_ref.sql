-- customer_figures_ref: the read-only view the tiering module publishes for the corporate VIP programme: each
-- customer's figures as the core system reported them on each date (average daily deposits, annual contribution,
-- bad credit and pending litigation), so that a programme computes its candidates' figures and growth without
-- reading customer_metrics.
create view customer_figures_ref as
select customer_id, as_of, avg_daily_deposits, annual_contribution, bad_credit, litigation
from customer_metrics;
