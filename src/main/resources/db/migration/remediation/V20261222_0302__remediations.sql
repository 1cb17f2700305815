-- Mis-selling remediations (销售误导整改, §5): a revisit inside a hesitation period or a complaint found a sale mis-sold;
-- someone other than the seller puts it right within 15 working days. source_key (revisit:<id>, complaint:<id>) makes
-- each finding open one remediation. customer_id, seller_id, assignee_id and org_unit_id refer to other modules'
-- records by id (no foreign keys across modules). Escalations to compliance are never cleared.
create table remediation (
  id              bigint generated always as identity primary key,
  source          varchar(16)   not null check (source in ('REVISIT', 'COMPLAINT')),
  source_id       bigint        not null,
  source_key      varchar(64)   not null unique,
  customer_id     bigint        not null,
  org_unit_id     bigint        not null,
  transaction_id  bigint,
  product_code    varchar(32),
  findings        text[]        not null default '{}',
  seller_id       bigint,
  opened_at       timestamptz   not null,
  due_date        date          not null,
  status          varchar(16)   not null check (status in ('OPEN', 'RESOLVED')),
  assignee_id     bigint,
  assigned_at     timestamptz,
  choice          varchar(16)   check (choice in ('WITHDRAW', 'KEEP', 'SWITCH')),
  refund_amount   numeric(18, 2),
  refund_status   varchar(16)   check (refund_status in ('PENDING', 'APPROVED', 'REJECTED')),
  refund_request_id bigint,
  outcome         text,
  resolved_at     timestamptz,
  resolved_by     varchar(64),
  escalated_at    timestamptz,
  version         bigint        not null default 0,
  check (assignee_id is null or seller_id is null or assignee_id <> seller_id)
);
create index remediation_open_due_idx on remediation (due_date) where status = 'OPEN';
create index remediation_customer_idx on remediation (customer_id);
create index remediation_assignee_idx on remediation (assignee_id) where status = 'OPEN';
