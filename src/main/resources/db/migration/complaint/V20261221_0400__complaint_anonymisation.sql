-- Anonymisation after the retention period (SPEC §11) removes the complainant's contact of a customer's complaints.
alter table complaint alter column contact_enc drop not null, alter column contact_hash drop not null;

-- complaint_hold: customers with a complaint not closed yet — a legal hold that suspends their anonymisation.
create view complaint_hold as
select distinct customer_id from complaint where customer_id is not null and status <> 'CLOSED';
