-- Accounts reported by the core banking system. external_id makes the intake idempotent: a repeat changes nothing.
create table account (
  id            bigint generated always as identity primary key,
  external_id   varchar(64) not null unique,
  customer_id   bigint      not null,
  kind          varchar(24) not null check (kind in ('BASIC', 'GENERAL', 'SPECIAL', 'TEMPORARY', 'PERSONAL_SETTLEMENT')),
  status        varchar(8)  not null check (status in ('ACTIVE', 'DORMANT', 'CLOSED')),
  opened_at     timestamptz not null,
  org_unit_id   bigint      not null,
  org_unit_code varchar(32) not null,
  status_since  timestamptz not null,
  recorded_at   timestamptz not null,
  recorded_by   varchar(64) not null
);
create index account_customer_idx on account (customer_id, opened_at desc);

-- Every status change as reported, kept.
create table account_status_change (
  id          bigint generated always as identity primary key,
  account_id  bigint      not null references account (id),
  from_status varchar(8)  not null,
  to_status   varchar(8)  not null,
  changed_at  timestamptz not null,
  recorded_at timestamptz not null,
  recorded_by varchar(64) not null
);
create index account_status_change_account_idx on account_status_change (account_id, changed_at);
