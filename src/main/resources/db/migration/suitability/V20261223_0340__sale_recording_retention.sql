-- How long a sale's dual recording (双录) is kept (§7): retain_until, the product's years after the sale (10 for
-- insurance policies of more than one year, 5 otherwise), and 2 years past the close of any dispute about the sale — a
-- mis-selling remediation of its transaction (sale_recording_dispute, one row per remediation, written from the
-- remediation module's events; closed_on null while open). The retention job purges a recording past all of that
-- (purged_at: the recording system may destroy it; the reference stays as the record of what was destroyed) and never
-- one still held. Recordings referenced before this change keep the longer rule, 10 years.
alter table sale_recording
  add column retain_until date,
  add column purged_at    timestamptz;
update sale_recording set retain_until = cast(sold_at as date) + interval '10 years' + interval '1 day';
alter table sale_recording alter column retain_until set not null;
create index sale_recording_retention_idx on sale_recording (retain_until) where purged_at is null;

create table sale_recording_dispute (
  remediation_id  bigint primary key,
  transaction_id  bigint not null,
  opened_at       timestamptz not null,
  closed_on       date
);
create index sale_recording_dispute_tx_idx on sale_recording_dispute (transaction_id);

-- recording_hold: customers with a sale recording still kept (not purged, within its retention, or in a dispute) —
-- a legal hold the privacy module's retention job honours before anonymising a customer.
create view recording_hold as
select distinct r.customer_id
from sale_recording r
where r.purged_at is null
  and (r.retain_until >= current_date
       or exists (select 1 from sale_recording_dispute d
                  where d.transaction_id = r.transaction_id
                    and (d.closed_on is null or d.closed_on + interval '2 years' >= current_date)));
