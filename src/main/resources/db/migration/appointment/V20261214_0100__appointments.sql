-- Reception and appointments (接待与预约, SPEC §8). Staff, org units and customers are referred to by id; their
-- tables belong to other modules.

-- Advisors (接待顾问): staff who receive customers at an org unit, with the services they are skilled in, their
-- working hours per weekday (1 = Monday … 7 = Sunday) and their absences.
create table appointment_advisor (
  user_id     bigint primary key,
  org_unit_id bigint      not null,
  updated_at  timestamptz not null,
  updated_by  varchar(100) not null
);
create index appointment_advisor_unit_idx on appointment_advisor (org_unit_id);

create table appointment_advisor_skill (
  user_id bigint      not null references appointment_advisor (user_id) on delete cascade,
  service varchar(32) not null check (service in ('WEALTH_CONSULTATION', 'LOAN', 'ACCOUNT_OPENING', 'INSURANCE', 'OTHER')),
  primary key (user_id, service)
);

create table appointment_working_hours (
  user_id bigint   not null references appointment_advisor (user_id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7),
  starts  time     not null,
  ends    time     not null check (starts < ends),
  primary key (user_id, weekday)
);

create table appointment_absence (
  id         bigint generated always as identity primary key,
  user_id    bigint       not null references appointment_advisor (user_id) on delete cascade,
  kind       varchar(16)  not null check (kind in ('LEAVE', 'TRAINING', 'OTHER')),
  starts_at  timestamptz  not null,
  ends_at    timestamptz  not null check (starts_at < ends_at),
  note       varchar(200),
  created_at timestamptz  not null,
  created_by varchar(100) not null
);
create index appointment_absence_user_idx on appointment_absence (user_id, ends_at);

-- Opening hours of an org unit on its working days; a unit without a row opens at the configured default hours.
create table appointment_opening_hours (
  org_unit_id bigint primary key,
  opens       time not null,
  closes      time not null check (opens < closes),
  updated_at  timestamptz  not null,
  updated_by  varchar(100) not null
);

create sequence appointment_no_seq;

-- An appointment (预约). The visitor's name is kept as booked; a non-customer's mobile and e-mail only as ciphertext,
-- the mobile also as its keyed hash. blocked_until is the end plus the service's buffer: the advisor's time it holds.
-- manage_token_hash is the SHA-256 of the customer's private link (cancel or reschedule); the link itself is never kept.
create table appointment (
  id                bigint generated always as identity primary key,
  appointment_no    varchar(16)   not null unique,
  org_unit_id       bigint        not null,
  service           varchar(32)   not null check (service in ('WEALTH_CONSULTATION', 'LOAN', 'ACCOUNT_OPENING', 'INSURANCE', 'OTHER')),
  day               date          not null,
  starts_at         timestamptz   not null,
  ends_at           timestamptz   not null check (starts_at < ends_at),
  blocked_until     timestamptz   not null check (ends_at <= blocked_until),
  advisor_id        bigint        not null,
  customer_id       bigint,
  name              varchar(100)  not null,
  mobile_enc        bytea,
  mobile_hash       bytea,
  email_enc         bytea,
  locale            varchar(16)   not null,
  notes             varchar(2000),
  channel           varchar(16)   not null check (channel in ('STAFF', 'PUBLIC')),
  status            varchar(16)   not null check (status in ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
  manage_token_hash varchar(64)   unique,
  booked_by         varchar(100)  not null,
  created_at        timestamptz   not null,
  checked_in_at     timestamptz,
  completed_at      timestamptz,
  completion_notes  varchar(2000),
  cancelled_at      timestamptz,
  cancel_reason     varchar(500),
  cancelled_by      varchar(100),
  no_show_at        timestamptz,
  version           bigint        not null default 0,
  check (customer_id is not null or mobile_enc is not null)
);
create index appointment_unit_day_idx on appointment (org_unit_id, day, starts_at);
create index appointment_advisor_day_idx on appointment (advisor_id, day);
create index appointment_customer_idx on appointment (customer_id) where customer_id is not null;
create index appointment_mobile_idx on appointment (mobile_hash) where mobile_hash is not null;

-- Each reminder once per appointment, kind and start (a rescheduled appointment is reminded of its new time).
create table appointment_reminder (
  appointment_id bigint      not null references appointment (id),
  kind           varchar(16) not null check (kind in ('CUSTOMER_SMS', 'CUSTOMER_EMAIL', 'ADVISOR')),
  starts_at      timestamptz not null,
  sent_at        timestamptz not null,
  primary key (appointment_id, kind, starts_at)
);

-- A booking from the public page waiting for its SMS code: the pending token and the code only as hashes.
create table appointment_booking_code (
  token_hash     varchar(64)  primary key,
  org_unit_id    bigint       not null,
  service        varchar(32)  not null,
  starts_at      timestamptz  not null,
  name           varchar(100) not null,
  mobile_enc     bytea        not null,
  mobile_hash    bytea        not null,
  email_enc      bytea,
  locale         varchar(16)  not null,
  code_hash      varchar(64)  not null,
  attempts       int          not null default 0,
  created_at     timestamptz  not null,
  expires_at     timestamptz  not null,
  used_at        timestamptz,
  appointment_id bigint references appointment (id)
);
create index appointment_booking_code_mobile_idx on appointment_booking_code (mobile_hash, created_at);

-- The walk-in queue (现场排队) of an org unit: numbers taken per day, called, served or left.
create table appointment_walk_in (
  id          bigint generated always as identity primary key,
  org_unit_id bigint       not null,
  day         date         not null,
  ticket_no   int          not null,
  service     varchar(32)  not null check (service in ('WEALTH_CONSULTATION', 'LOAN', 'ACCOUNT_OPENING', 'INSURANCE', 'OTHER')),
  customer_id bigint,
  name        varchar(100),
  status      varchar(16)  not null check (status in ('WAITING', 'CALLED', 'SERVED', 'LEFT')),
  taken_at    timestamptz  not null,
  called_at   timestamptz,
  called_by   varchar(100),
  done_at     timestamptz,
  version     bigint       not null default 0,
  unique (org_unit_id, day, ticket_no)
);
create index appointment_walk_in_customer_idx on appointment_walk_in (customer_id) where customer_id is not null;
