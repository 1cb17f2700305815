-- Projections the KPI module keeps from other modules' events, for what no module keeps as countable history.

-- Account openings (AccountOpened): new settlement and basic accounts.
create table kpi_account (
  account_id  bigint      primary key,
  customer_id bigint      not null,
  org_unit_id bigint      not null,
  kind        varchar(24) not null,
  opened_at   timestamptz not null
);
create index kpi_account_opened_idx on kpi_account (opened_at, org_unit_id);

-- Account status changes (AccountStatusChanged): dormant accounts reactivated.
create table kpi_account_change (
  account_id  bigint      not null,
  customer_id bigint      not null,
  org_unit_id bigint      not null,
  from_status varchar(8)  not null,
  to_status   varchar(8)  not null,
  changed_at  timestamptz not null,
  primary key (account_id, changed_at, to_status)
);
create index kpi_account_change_at_idx on kpi_account_change (changed_at, org_unit_id);

-- Customers' lifecycle changes (CustomerStatusChanged): churn.
create table kpi_customer_change (
  id          bigint generated always as identity primary key,
  customer_id bigint      not null,
  from_status varchar(8)  not null,
  to_status   varchar(8)  not null,
  changed_at  timestamptz not null
);
create index kpi_customer_change_at_idx on kpi_customer_change (changed_at);

-- Inquiries (InquiryRegistered, InquiryAnswered, InquiryConvertedToComplaint): the inquiry on-time rate.
create table kpi_inquiry (
  inquiry_id  bigint      primary key,
  customer_id bigint,
  org_unit_id bigint,
  received_at timestamptz not null,
  due_at      timestamptz not null,
  closed_at   timestamptz,
  on_time     boolean
);
create index kpi_inquiry_due_idx on kpi_inquiry (due_at);

-- The KPI definitions, versioned: each change is a new row; a figure names the version it was computed with.
create table kpi_definition (
  version              int          primary key,
  satisfied_from       smallint     not null check (satisfied_from between 1 and 5),
  complaint_rate_basis varchar(32)  not null,
  year_on_year_cut     numeric(5, 4) not null,
  targets              jsonb        not null,
  created_at           timestamptz  not null,
  created_by           varchar(64)  not null,
  reason               text         not null
);
insert into kpi_definition (version, satisfied_from, complaint_rate_basis, year_on_year_cut, targets, created_at,
  created_by, reason)
values (1, 4, 'PER_10K_CUSTOMERS', 0.20,
  '{"SATISFACTION_RATE": 0.90, "REVISIT_COMPLETION_RATE": 0.95, "ACK_ON_TIME_RATE": 1.00,
    "RESOLUTION_ON_TIME_RATE": 1.00, "COMPLAINT_SATISFACTION": 0.90, "AUM_GROWTH": 0.00,
    "NEW_SETTLEMENT_ACCOUNTS_WEEK": 1, "NEW_SETTLEMENT_ACCOUNTS_MONTH": 4, "NEW_BASIC_ACCOUNTS_MONTH": 2,
    "INQUIRY_ON_TIME_RATE": 0.95, "TRAINING_COVERAGE": 1.00}',
  now(), 'system', 'SPEC §10 defaults');
