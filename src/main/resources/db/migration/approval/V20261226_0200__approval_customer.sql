-- The customer a request is about, when it is about one (a closure, a tier override, a complaint's compensation, a
-- refund, a VIP change or card, an entitlement beyond its quota): the approvals page shows the restricted badge
-- beside it, read from customer_ref. Requests made before are filled in from their payload or their complaint.
alter table approval_request add column customer_id bigint;

update approval_request set customer_id = (payload ->> 'customerId')::bigint
 where customer_id is null and payload ->> 'customerId' ~ '^[0-9]{1,18}$';

update approval_request a set customer_id = k.customer_id
  from complaint_kpi_ref k
 where a.customer_id is null and a.subject_type = 'complaint' and k.id::text = a.subject_id;
