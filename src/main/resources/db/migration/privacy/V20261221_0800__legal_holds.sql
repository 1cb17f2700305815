-- Legal holds set by compliance (SPEC §11): while one is not released, the retention job does not anonymise the
-- customer (as with an open complaint or the litigation flag).
create table privacy_legal_hold (
  id          bigint generated always as identity primary key,
  customer_id bigint        not null,
  reason      varchar(500)  not null,
  set_at      timestamptz   not null,
  set_by      varchar(64)   not null,
  released_at timestamptz,
  released_by varchar(64)
);
create index privacy_legal_hold_active_idx on privacy_legal_hold (customer_id) where released_at is null;
