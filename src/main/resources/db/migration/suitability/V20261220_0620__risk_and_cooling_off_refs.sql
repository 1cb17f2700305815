-- Read-only views the suitability module publishes for audiences chosen set-based (customer care's segments):
-- customer_risk_ref, each customer's latest risk assessment (level and until when it is valid);
-- cooling_off_ref, the cooling-off periods (冷静期) not cancelled, during which marketing is held.
create view customer_risk_ref as
select distinct on (customer_id) customer_id, level, valid_until
from risk_assessment
order by customer_id, assessed_at desc, id desc;

create view cooling_off_ref as
select customer_id, product_code, starts_at, ends_at
from cooling_off_period
where cancelled_at is null;
