-- customer_consent_ref: each customer's current consent per purpose (the latest record), for modules that select
-- audiences set-based (customer care's greetings and campaigns need marketing consent). No PII.
create view customer_consent_ref as
select distinct on (customer_id, purpose) customer_id, purpose, granted, recorded_at
from customer_consent
order by customer_id, purpose, recorded_at desc, id desc;
