-- Cases (业务进度跟踪, §8): case types with versioned stage templates, and the cases that move through them.
create table case_type (
  code      varchar(32) primary key,
  position  int         not null
);

create table case_template (
  id                      bigint generated always as identity primary key,
  type_code               varchar(32)  not null references case_type (code),
  version                 int          not null,
  name_zh                 varchar(100) not null,
  name_en                 varchar(100) not null,
  refusal_notice_amount   int,
  refusal_notice_unit     varchar(16) check (refusal_notice_unit in ('CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS')),
  created_at              timestamptz  not null,
  created_by              varchar(64)  not null,
  unique (type_code, version)
);

create table case_template_stage (
  template_id      bigint       not null references case_template (id),
  position         int          not null,
  code             varchar(32)  not null,
  name_zh          varchar(100) not null,
  name_en          varchar(100) not null,
  customer_text_zh varchar(200) not null,
  customer_text_en varchar(200) not null,
  limit_amount     int          not null check (limit_amount > 0),
  limit_unit       varchar(16)  not null check (limit_unit in ('CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS')),
  complex_amount   int check (complex_amount > 0),
  complex_unit     varchar(16) check (complex_unit in ('CALENDAR_DAYS', 'WORKING_DAYS', 'HOURS')),
  notify_customer  boolean      not null default false,
  primary key (template_id, position),
  unique (template_id, code)
);

create sequence case_no_seq;

create table client_case (
  id                  bigint generated always as identity primary key,
  case_no             varchar(20)   not null unique,
  customer_id         bigint        not null,
  type_code           varchar(32)   not null references case_type (code),
  template_id         bigint        not null references case_template (id),
  title               varchar(200)  not null,
  amount              numeric(18, 2),
  complex             boolean       not null default false,
  status              varchar(16)   not null check (status in ('OPEN', 'PAUSED', 'COMPLETED', 'REJECTED')),
  stage_position      int           not null,
  stage_entered_at    timestamptz   not null,
  stage_due_at        timestamptz   not null,
  paused_at           timestamptz,
  overdue             boolean       not null default false,
  escalated_at        timestamptz,
  org_unit_id         bigint        not null,
  departments         bigint[]      not null default '{}',
  created_by          varchar(64)   not null,
  created_at          timestamptz   not null,
  closed_at           timestamptz,
  reject_reason       text,
  refusal_notice_due_at timestamptz,
  version             bigint        not null default 0,
  updated_at          timestamptz   not null
);
create index client_case_customer_idx on client_case (customer_id);
create index client_case_open_due_idx on client_case (stage_due_at) where status = 'OPEN' and not overdue;
create index client_case_departments_idx on client_case using gin (departments);

-- One row per stint in a stage: who moved the case in, when it left and why.
create table client_case_stage (
  id          bigint generated always as identity primary key,
  case_id     bigint       not null references client_case (id),
  position    int          not null,
  stage_code  varchar(32)  not null,
  entered_at  timestamptz  not null,
  entered_by  varchar(64)  not null,
  note        text,
  left_at     timestamptz,
  due_at      timestamptz  not null
);
create index client_case_stage_case_idx on client_case_stage (case_id, entered_at);

-- Everything else that happened to a case: paused, resumed, rejected, overdue, checklist.
create table client_case_event (
  id       bigint generated always as identity primary key,
  case_id  bigint       not null references client_case (id),
  at       timestamptz  not null,
  actor    varchar(64)  not null,
  kind     varchar(24)  not null,
  detail   text
);
create index client_case_event_case_idx on client_case_event (case_id, at);

-- The documents asked for once (一次性告知), ticked off as they arrive.
create table client_case_document (
  id           bigint generated always as identity primary key,
  case_id      bigint       not null references client_case (id),
  position     int          not null,
  name         varchar(200) not null,
  received_at  timestamptz,
  received_by  varchar(64),
  unique (case_id, position)
);

-- The shipped templates, version 1 of each type (admins publish new versions; a case keeps its own).
insert into case_type (code, position) values
  ('LOAN_APPLICATION', 1), ('ACCOUNT_OPENING', 2), ('PURCHASE', 3), ('INSURANCE_CLAIM', 4), ('OTHER', 5);

insert into case_template (type_code, version, name_zh, name_en, refusal_notice_amount, refusal_notice_unit, created_at, created_by) values
  ('LOAN_APPLICATION', 1, '贷款申请', 'Loan application', null, null, now(), 'system'),
  ('ACCOUNT_OPENING', 1, '开户', 'Account opening', null, null, now(), 'system'),
  ('PURCHASE', 1, '产品购买', 'Purchase', null, null, now(), 'system'),
  ('INSURANCE_CLAIM', 1, '保险理赔', 'Insurance claim', 3, 'CALENDAR_DAYS', now(), 'system'),
  ('OTHER', 1, '其他业务', 'Other business', null, null, now(), 'system');

insert into case_template_stage (template_id, position, code, name_zh, name_en, customer_text_zh, customer_text_en,
  limit_amount, limit_unit, complex_amount, complex_unit, notify_customer)
select t.id, s.position, s.code, s.name_zh, s.name_en, s.text_zh, s.text_en, s.amount, s.unit, s.complex_amount, s.complex_unit, s.notify
from case_template t join (values
  ('LOAN_APPLICATION', 1, 'ACCEPTED', '受理', 'Accepted', '我们已受理您的贷款申请', 'We have accepted your loan application', 1, 'WORKING_DAYS', null::int, null, true),
  ('LOAN_APPLICATION', 2, 'DOCUMENTS', '资料收集', 'Collecting documents', '请按清单提交所需资料', 'Please send the documents on the list', 5, 'CALENDAR_DAYS', null, null, false),
  ('LOAN_APPLICATION', 3, 'CREDIT_REVIEW', '审查审批', 'Credit review', '您的申请正在审查审批', 'Your application is being reviewed', 10, 'WORKING_DAYS', null, null, true),
  ('LOAN_APPLICATION', 4, 'CONTRACT', '签约', 'Signing the contract', '申请已获批准，请前来签约', 'Approved: please come to sign the contract', 5, 'WORKING_DAYS', null, null, true),
  ('LOAN_APPLICATION', 5, 'DISBURSEMENT', '放款', 'Disbursement', '贷款正在发放', 'The loan is being paid out', 3, 'WORKING_DAYS', null, null, true),
  ('ACCOUNT_OPENING', 1, 'ACCEPTED', '受理', 'Accepted', '我们已受理您的开户申请', 'We have accepted your account opening', 4, 'HOURS', null, null, false),
  ('ACCOUNT_OPENING', 2, 'VERIFICATION', '身份核验', 'Identity check', '正在核验您的身份信息', 'We are checking your identity', 1, 'WORKING_DAYS', null, null, false),
  ('ACCOUNT_OPENING', 3, 'OPENING', '开户办理', 'Opening the account', '账户正在开立', 'Your account is being opened', 1, 'WORKING_DAYS', null, null, true),
  ('PURCHASE', 1, 'ORDER', '下单', 'Order placed', '我们已收到您的购买申请', 'We have received your purchase order', 4, 'HOURS', null, null, false),
  ('PURCHASE', 2, 'SUITABILITY', '适当性确认', 'Suitability check', '正在确认产品与您的风险等级匹配', 'We are checking the product suits you', 1, 'WORKING_DAYS', null, null, false),
  ('PURCHASE', 3, 'CONFIRMATION', '份额确认', 'Confirmation', '您的购买正在确认', 'Your purchase is being confirmed', 2, 'WORKING_DAYS', null, null, true),
  ('INSURANCE_CLAIM', 1, 'REPORTED', '报案', 'Claim reported', '我们已收到您的理赔报案', 'We have received your claim', 24, 'HOURS', null, null, true),
  ('INSURANCE_CLAIM', 2, 'DOCUMENTS', '材料收集', 'Collecting documents', '请按清单一次性提交理赔材料', 'Please send the documents on the list', 10, 'CALENDAR_DAYS', null, null, true),
  ('INSURANCE_CLAIM', 3, 'REVIEW', '审核', 'Review and decision', '材料齐全，正在审核', 'Your documents are complete and being reviewed', 5, 'WORKING_DAYS', 30, 'CALENDAR_DAYS', false),
  ('INSURANCE_CLAIM', 4, 'ADJUSTMENT', '理算', 'Settlement and payment', '已核定赔付，正在支付赔款', 'The claim is approved and being paid', 10, 'CALENDAR_DAYS', null, null, true),
  ('INSURANCE_CLAIM', 5, 'CLOSING', '结案', 'Closing', '赔款已支付，正在结案', 'The payment is made and the claim is being closed', 2, 'WORKING_DAYS', null, null, false),
  ('OTHER', 1, 'ACCEPTED', '受理', 'Accepted', '我们已受理您的业务', 'We have accepted your request', 2, 'WORKING_DAYS', null, null, false),
  ('OTHER', 2, 'HANDLING', '办理', 'Handling', '您的业务正在办理', 'Your request is being handled', 10, 'WORKING_DAYS', null, null, false),
  ('OTHER', 3, 'DONE', '办结', 'Finishing', '您的业务即将办结', 'Your request is being finished', 1, 'WORKING_DAYS', null, null, true)
) as s (type_code, position, code, name_zh, name_en, text_zh, text_en, amount, unit, complex_amount, complex_unit, notify)
  on s.type_code = t.type_code and t.version = 1;
