-- Inquiries (咨询, §8): a question registered from any channel or from the assistant, answered within 2 working days.
create sequence inquiry_no_seq;

create table inquiry (
  id              bigint generated always as identity primary key,
  inquiry_no      varchar(20)  not null unique,
  customer_id     bigint,
  asker_name      varchar(100) not null,
  contact_enc     bytea        not null,
  contact_hash    bytea        not null,
  channel         varchar(16)  not null,
  question        text         not null,
  received_at     timestamptz  not null,
  due_at          timestamptz  not null,
  status          varchar(16)  not null check (status in ('OPEN', 'IN_PROGRESS', 'ANSWERED', 'CONVERTED')),
  org_unit_id     bigint,
  registered_by   varchar(64)  not null,
  assignee_id     bigint,
  answer          text,
  answered_at     timestamptz,
  answered_by     varchar(64),
  complaint_id    bigint,
  converted_at    timestamptz,
  overdue         boolean      not null default false,
  overdue_at      timestamptz,
  version         bigint       not null default 0,
  created_at      timestamptz  not null,
  updated_at      timestamptz  not null
);
create index inquiry_status_due_idx on inquiry (status, due_at);
create index inquiry_customer_idx on inquiry (customer_id) where customer_id is not null;
create index inquiry_open_due_idx on inquiry (due_at) where status in ('OPEN', 'IN_PROGRESS') and not overdue;

create table inquiry_event (
  id         bigint generated always as identity primary key,
  inquiry_id bigint       not null references inquiry (id),
  at         timestamptz  not null,
  actor      varchar(64)  not null,
  kind       varchar(24)  not null,
  detail     text
);
create index inquiry_event_inquiry_idx on inquiry_event (inquiry_id, at);
