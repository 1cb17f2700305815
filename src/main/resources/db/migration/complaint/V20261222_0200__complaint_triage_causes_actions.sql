-- Triage, causes and corrective actions (§6, the complaint-handling rules' 投诉原因 and 改进措施): a complaint's
-- severity judged at intake (a major one is escalated to compliance at once), its cause from a configurable taxonomy
-- recorded by resolution, and the corrective actions it leads to, each with an owner, a due date, a status and the
-- follow-ups recorded on it.
create table complaint_cause (
  code    varchar(32)  primary key,
  name_zh varchar(100) not null,
  name_en varchar(100) not null,
  active  boolean      not null default true,
  sort    int          not null default 0
);
insert into complaint_cause (code, name_zh, name_en, sort) values
  ('PRODUCT_DESIGN', '产品设计缺陷', 'Product design', 1),
  ('SALES_PRACTICE', '销售行为不规范', 'Sales practice', 2),
  ('DISCLOSURE', '信息披露不充分', 'Insufficient disclosure', 3),
  ('FEES_PRICING', '收费定价', 'Fees and pricing', 4),
  ('SERVICE_PROCESS', '服务流程缺陷', 'Service process', 5),
  ('STAFF_CONDUCT', '员工服务态度与行为', 'Staff conduct', 6),
  ('SYSTEM_FAILURE', '系统故障', 'System failure', 7),
  ('THIRD_PARTY', '合作机构原因', 'Third party', 8),
  ('CUSTOMER_MISUNDERSTANDING', '客户误解', 'Customer misunderstanding', 9),
  ('OTHER', '其他原因', 'Other', 10);

alter table complaint add column severity varchar(8) not null default 'ORDINARY'
  check (severity in ('ORDINARY', 'SERIOUS', 'MAJOR'));
alter table complaint add column cause varchar(32) references complaint_cause (code);
alter table complaint add column compliance_escalated_at timestamptz;
create index complaint_severity_idx on complaint (severity, received_at);

-- owner_id is a staff user's id (identity's), kept as a value: no foreign key across modules
create table complaint_action (
  id           bigint generated always as identity primary key,
  complaint_id bigint        not null references complaint (id),
  description  varchar(2000) not null,
  owner_id     bigint        not null,
  due_date     date          not null,
  status       varchar(12)   not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  created_by   varchar(64)   not null,
  created_at   timestamptz   not null,
  completed_at timestamptz,
  updated_at   timestamptz   not null,
  version      bigint        not null default 0
);
create index complaint_action_complaint_idx on complaint_action (complaint_id);
create index complaint_action_open_idx on complaint_action (due_date) where status in ('OPEN', 'IN_PROGRESS');

create table complaint_action_follow_up (
  id        bigint generated always as identity primary key,
  action_id bigint        not null references complaint_action (id),
  at        timestamptz   not null,
  actor     varchar(64)   not null,
  status    varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  note      varchar(2000) not null
);
create index complaint_action_follow_up_idx on complaint_action_follow_up (action_id, at, id);
