-- Visits (客户拜访, §8): the ledger of routine and business visits (拜访记录台账).
create table visit (
  id            bigint generated always as identity primary key,
  customer_id   bigint        not null,
  visitor_id    bigint        not null,
  org_unit_id   bigint        not null,
  kind          varchar(16)   not null check (kind in ('ROUTINE', 'BUSINESS')),
  method        varchar(16)   not null check (method in ('ON_SITE', 'PHONE', 'SMS', 'ONLINE')),
  occurred_at   timestamptz   not null,
  purpose       varchar(200)  not null,
  summary       text          not null,
  attendees     varchar(500),
  next_steps    text,
  escalation    text,
  escalated_at  timestamptz,
  recorded_by   varchar(64)   not null,
  recorded_at   timestamptz   not null
);
create index visit_customer_idx on visit (customer_id, occurred_at desc);
create index visit_visitor_idx on visit (visitor_id, occurred_at desc);
