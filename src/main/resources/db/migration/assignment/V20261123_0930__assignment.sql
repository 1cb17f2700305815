-- Account managers (分田到户, §4): who looked after each customer when and why, with the attribution shares of each
-- move; credit lines (授信) that grade the managers; and the manager's desk: diary, key persons, annual plans and
-- business opportunities. Customers are referred to by id only; the customer table belongs to the customer module.
create table assignment_history (
  id                bigint generated always as identity primary key,
  customer_id       bigint        not null,
  from_manager      varchar(64),
  to_manager        varchar(64)   not null,
  reason            varchar(500)  not null,
  source            varchar(16)   not null check (source in ('NATURAL', 'HANDOVER', 'SELF_MARKETED')),
  deposit_share     numeric(5, 4) not null,
  non_deposit_share numeric(5, 4) not null,
  assigned_by       varchar(64)   not null,
  approval_id       bigint,
  assigned_at       timestamptz   not null
);
create index assignment_history_customer_idx on assignment_history (customer_id, id);

create table assignment_credit_line (
  customer_id bigint primary key,
  amount      numeric(18, 2) not null check (amount > 0),
  updated_by  varchar(64)    not null,
  updated_at  timestamptz    not null
);

create table assignment_diary (
  id          bigint generated always as identity primary key,
  customer_id bigint       not null,
  entry_date  date         not null,
  kind        varchar(8)   not null check (kind in ('VISIT', 'PHONE', 'NOTE')),
  text        varchar(4000) not null,
  author      varchar(64)  not null,
  created_at  timestamptz  not null
);
create index assignment_diary_customer_idx on assignment_diary (customer_id, entry_date desc, id desc);

create table assignment_key_person (
  id          bigint generated always as identity primary key,
  customer_id bigint       not null,
  name        varchar(100) not null,
  title       varchar(100),
  phone_enc   bytea,
  created_by  varchar(64)  not null,
  created_at  timestamptz  not null
);
create index assignment_key_person_customer_idx on assignment_key_person (customer_id, id);

create table assignment_plan (
  id          bigint generated always as identity primary key,
  customer_id bigint        not null,
  plan_year   int           not null,
  goals       varchar(4000) not null,
  actions     varchar(4000) not null,
  created_by  varchar(64)   not null,
  created_at  timestamptz   not null,
  constraint assignment_plan_one_per_year unique (customer_id, plan_year)
);

create table assignment_opportunity (
  id              bigint generated always as identity primary key,
  customer_id     bigint         not null,
  source          varchar(100)   not null,
  product         varchar(100)   not null,
  expected_amount numeric(18, 2) not null check (expected_amount >= 0),
  stage           varchar(16)    not null check (stage in ('LEAD', 'QUALIFIED', 'PROPOSAL', 'WON', 'LOST')),
  created_by      varchar(64)    not null,
  created_at      timestamptz    not null,
  updated_at      timestamptz    not null
);
create index assignment_opportunity_customer_idx on assignment_opportunity (customer_id, id);
