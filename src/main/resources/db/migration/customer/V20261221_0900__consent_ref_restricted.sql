-- A restricted customer (deletion requested, the law keeps the data) is not processed for marketing or care: its
-- current consents to anything but the service itself read as not granted to the modules that select audiences.
create or replace view customer_consent_ref as
select distinct on (k.customer_id, k.purpose) k.customer_id, k.purpose,
       k.granted and (k.purpose = 'SERVICE' or c.restricted_at is null) as granted, k.recorded_at
from customer_consent k join customer c on c.id = k.customer_id
order by k.customer_id, k.purpose, k.recorded_at desc, k.id desc;
