-- Anonymisation after the retention period (SPEC §11): the customer row stays for the statistics, its PII and search
-- hashes go (so the document columns may be empty), and anonymised_at says when.
alter table customer add column anonymised_at timestamptz;
alter table customer alter column id_number_enc drop not null, alter column id_number_hash drop not null;

-- customer_retention: what the retention job reads — whether and when the relationship ended (closed_at of a CLOSED
-- customer), and whether the customer is anonymised already.
create view customer_retention as
select id, customer_no, status, closed_at, anonymised_at
from customer;
