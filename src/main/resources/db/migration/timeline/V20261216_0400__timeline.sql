-- The customer timeline (§8): one row per event about a customer, written from the events other modules publish.
create table timeline_entry (
  id           bigint generated always as identity primary key,
  customer_id  bigint        not null,
  at           timestamptz   not null,
  kind         varchar(32)   not null,
  args         text[]        not null default '{}',
  ref          varchar(64),
  source_key   varchar(200)  not null unique
);
create index timeline_entry_customer_idx on timeline_entry (customer_id, at desc, id desc);
