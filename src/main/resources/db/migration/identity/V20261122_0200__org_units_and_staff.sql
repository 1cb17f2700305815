-- Identity: the org-unit tree (head office → branch → sub-branch, plus departments) and staff users.
create table org_unit (
  id         bigint generated always as identity primary key,
  code       varchar(32)  not null unique,
  name_zh    varchar(100) not null,
  name_en    varchar(100) not null,
  kind       varchar(16)  not null check (kind in ('HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'DEPARTMENT')),
  parent_id  bigint references org_unit (id),
  path       text         not null default '',
  version    bigint       not null default 0,
  created_at timestamptz  not null default now()
);
create index org_unit_path_idx on org_unit (path text_pattern_ops);

create table staff_user (
  id              bigint generated always as identity primary key,
  username        varchar(64)  not null unique,
  display_name    varchar(100) not null,
  password_hash   varchar(200) not null,
  role            varchar(32)  not null check (role in ('ADMIN', 'BRANCH_MANAGER', 'ACCOUNT_MANAGER', 'SERVICE_AGENT',
                                                        'COMPLAINT_HANDLER', 'COMPLIANCE', 'INTEGRATION')),
  org_unit_id     bigint       not null references org_unit (id),
  email           varchar(200),
  enabled         boolean      not null default true,
  failed_attempts int          not null default 0,
  locked_until    timestamptz,
  version         bigint       not null default 0,
  created_at      timestamptz  not null default now()
);
create index staff_user_org_unit_idx on staff_user (org_unit_id);
