-- Dual recording (双录) of the sales that need it (§7): one row per reported purchase whose product asks for it for
-- this customer (by age or always), with the reference to the recording once it is given (at the sale or later), the
-- share sampled for a quality check and the check's finding. transaction_id and customer_id refer to other modules'
-- rows by id. A missing recording raises a suitability alert of kind NO_DUAL_RECORDING; giving the reference later
-- clears the duty but keeps the alert for compliance to close with a finding.
create table sale_recording (
  transaction_id   bigint        primary key,
  customer_id      bigint        not null,
  product_code     varchar(32)   not null,
  customer_age     int,
  sold_at          timestamptz   not null,
  recording_id     varchar(64),
  recording_hash   varchar(128),
  duration_seconds int           check (duration_seconds between 1 and 36000),
  checked_by       varchar(64),
  referenced_at    timestamptz,
  referenced_by    varchar(64),
  sampled          boolean       not null,
  qc_result        varchar(8)    check (qc_result in ('PASSED', 'FAILED')),
  qc_finding       varchar(4000),
  qc_by            varchar(64),
  qc_at            timestamptz,
  created_at       timestamptz   not null,
  check ((recording_id is null) = (referenced_at is null)),
  check (qc_result is null or (sampled and referenced_at is not null))
);
create index sale_recording_missing_idx on sale_recording (sold_at) where referenced_at is null;
create index sale_recording_qc_idx on sale_recording (referenced_at) where sampled and qc_result is null;

alter table suitability_alert
  alter column check_id drop not null,
  alter column result drop not null,
  add column kind varchar(24) not null default 'SUITABILITY' check (kind in ('SUITABILITY', 'NO_DUAL_RECORDING'));
create unique index suitability_alert_one_per_recording on suitability_alert (transaction_id) where kind = 'NO_DUAL_RECORDING';
