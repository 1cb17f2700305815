-- Data-subject requests (个人信息主体权利请求, PIPL Arts. 44–47): access/export, correction, consent withdrawal and
-- deletion, each from a channel, due on a working day of the official calendar, assigned, answered and audited.
create sequence privacy_request_no_seq;

create table privacy_request (
  id            bigint generated always as identity primary key,
  request_no    varchar(20)   not null unique,
  customer_id   bigint        not null,
  org_unit_id   bigint        not null,
  kind          varchar(24)   not null check (kind in ('ACCESS', 'CORRECTION', 'CONSENT_WITHDRAWAL', 'DELETION')),
  channel       varchar(16)   not null check (channel in ('BRANCH', 'PHONE', 'ONLINE', 'APP', 'WECHAT', 'LETTER', 'OTHER')),
  details       varchar(2000),
  received_on   date          not null,
  due_date      date          not null,
  status        varchar(16)   not null check (status in ('OPEN', 'ANSWERED')),
  outcome       varchar(16)   check (outcome in ('FULFILLED', 'RESTRICTED', 'REFUSED')),
  assignee_id   bigint,
  answer        varchar(4000),
  answered_at   timestamptz,
  answered_by   varchar(64),
  registered_by varchar(64)   not null,
  created_at    timestamptz   not null,
  version       bigint        not null default 0,
  check ((status = 'OPEN') = (answered_at is null))
);
create index privacy_request_open_idx on privacy_request (due_date, id) where status = 'OPEN';
create index privacy_request_customer_idx on privacy_request (customer_id, id);
create index privacy_request_answered_idx on privacy_request (answered_at) where status = 'ANSWERED';
