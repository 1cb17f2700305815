-- Complaints (投诉, §6): the complaint with its three deadlines, its timeline, and breaches that are never cleared.
create sequence complaint_no_seq;

create table complaint_category (
  code    varchar(32)  primary key,
  name_zh varchar(100) not null,
  name_en varchar(100) not null,
  active  boolean      not null default true,
  sort    int          not null default 0
);
insert into complaint_category (code, name_zh, name_en, sort) values
  ('SERVICE_ATTITUDE', '服务态度', 'Service attitude', 1),
  ('MIS_SELLING', '销售误导', 'Mis-selling', 2),
  ('FEES', '收费', 'Fees', 3),
  ('ACCOUNT', '账户管理', 'Account', 4),
  ('BANK_CARD', '银行卡', 'Bank card', 5),
  ('LOAN', '贷款', 'Loan', 6),
  ('WEALTH_PRODUCT', '理财产品', 'Wealth product', 7),
  ('INSURANCE_CLAIM', '保险理赔', 'Insurance claim', 8),
  ('PERSONAL_INFORMATION', '个人信息', 'Personal information', 9),
  ('OTHER', '其他', 'Other', 10);

create table complaint (
  id                  bigint generated always as identity primary key,
  complaint_no        varchar(20)    not null unique,
  customer_id         bigint,
  complainant_name    varchar(100)   not null,
  contact_enc         bytea          not null,
  contact_hash        bytea          not null,
  channel             varchar(24)    not null,
  category            varchar(32)    not null references complaint_category (code),
  content             text           not null,
  product_code        varchar(32),
  amount_in_dispute   numeric(18, 2),
  received_at         timestamptz    not null,
  status              varchar(16)    not null,
  org_unit_id         bigint,
  department_id       bigint,
  handler_id          bigint,
  registered_by       varchar(64)    not null,
  ack_due_at          timestamptz    not null,
  resolution_due_at   timestamptz    not null,
  regulatory_due_at   timestamptz    not null,
  extensions          int            not null default 0,
  acknowledged_at     timestamptz,
  resolved_at         timestamptz,
  closed_at           timestamptz,
  resolution          text,
  compensation_amount numeric(18, 2),
  compensation_status varchar(16),
  satisfaction        smallint check (satisfaction between 1 and 5),
  reopen_count        int            not null default 0,
  breached            boolean        not null default false,
  escalated_at        timestamptz,
  version             bigint         not null default 0,
  created_at          timestamptz    not null,
  updated_at          timestamptz    not null
);
create index complaint_status_idx on complaint (status, received_at);
create index complaint_customer_idx on complaint (customer_id) where customer_id is not null;
create index complaint_department_idx on complaint (department_id, status);
create index complaint_org_unit_idx on complaint (org_unit_id, received_at);
create index complaint_contact_idx on complaint (contact_hash);
create index complaint_open_due_idx on complaint (resolution_due_at) where status not in ('RESOLVED', 'CLOSED');

create table complaint_event (
  id           bigint generated always as identity primary key,
  complaint_id bigint      not null references complaint (id),
  at           timestamptz not null,
  actor        varchar(64) not null,
  kind         varchar(32) not null,
  detail       text,
  public       boolean     not null default false
);
create index complaint_event_idx on complaint_event (complaint_id, at, id);

create table complaint_breach (
  complaint_id bigint      not null references complaint (id),
  sla          varchar(16) not null check (sla in ('ACKNOWLEDGE', 'RESOLVE', 'REGULATORY')),
  due_at       timestamptz not null,
  detected_at  timestamptz not null,
  primary key (complaint_id, sla)
);

create function complaint_breach_is_permanent() returns trigger language plpgsql as $$
begin
  raise exception 'complaint breaches are never cleared';
end;
$$;
create trigger complaint_breach_permanent before update or delete on complaint_breach
  for each row execute function complaint_breach_is_permanent();
