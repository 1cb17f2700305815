-- Revisits (回访, §5). source_key makes every planned revisit idempotent: purchase:<transactionId>,
-- cooling-off:<transactionId>, complaint:<complaintId>, cadence:<customerId>:open (renamed to cadence:<customerId>:<id>
-- when it closes, so that exactly one open cadence revisit exists per customer), reverify-id:<customerId>:<expiry>,
-- reverify-contact:<customerId>:<verified date>, manual:<uuid>. customer_id and assignee_id refer to the customer and
-- staff_user tables of other modules by id (no foreign keys across modules).
create table revisit (
  id              bigint generated always as identity primary key,
  customer_id     bigint       not null,
  reason          varchar(16)  not null check (reason in ('POST_PURCHASE', 'CADENCE', 'POST_COMPLAINT', 'REVERIFICATION',
                                                          'COOLING_OFF', 'MANUAL')),
  source_key      varchar(120) not null unique,
  due_date        date         not null,
  status          varchar(16)  not null check (status in ('OPEN', 'DONE', 'UNREACHABLE', 'CANCELLED')),
  assignee_id     bigint,
  attempts        integer      not null default 0,
  last_attempt_at timestamptz,
  method          varchar(16)  check (method in ('PHONE', 'VISIT', 'SMS', 'WECHAT', 'ONLINE', 'EMAIL')),
  reached         boolean,
  satisfaction    smallint     check (satisfaction between 1 and 5),
  product_usage   text,
  problems        text,
  suggestions     text,
  notes           text,
  completed_at    timestamptz,
  completed_by    varchar(64),
  escalated_at    timestamptz,
  created_at      timestamptz  not null,
  version         bigint       not null default 0
);
create index revisit_customer_idx on revisit (customer_id, due_date);
create index revisit_assignee_open_idx on revisit (assignee_id, due_date) where status = 'OPEN';
create index revisit_open_due_idx on revisit (due_date) where status = 'OPEN';
create unique index revisit_one_open_cadence on revisit (customer_id) where reason = 'CADENCE' and status = 'OPEN';
create index revisit_cadence_closed_idx on revisit (customer_id, completed_at) where reason = 'CADENCE' and status <> 'OPEN';

-- The electronic questionnaire (电子回访问卷): a single-use link; only the token's hash is kept.
create table revisit_questionnaire (
  token_hash  varchar(64) primary key,
  revisit_id  bigint      not null references revisit (id),
  sent_at     timestamptz not null,
  expires_at  timestamptz not null,
  used_at     timestamptz
);
create index revisit_questionnaire_revisit_idx on revisit_questionnaire (revisit_id);
