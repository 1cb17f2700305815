-- Bulk customer imports (SPEC §2): one row per uploaded file, its progress committed with each batch of customers,
-- and the rows it rejected. next_offset/next_line name the first record not yet imported, so that a crashed import
-- resumes exactly there.
create table customer_import (
  id             bigint generated always as identity primary key,
  file_name      varchar(255)  not null,
  stored_path    varchar(1000) not null,
  owned_file     boolean       not null,
  sha256         varchar(64)   not null,
  bytes          bigint        not null,
  estimated_rows bigint        not null,
  status         varchar(16)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  next_offset    bigint        not null default 0,
  next_line      bigint        not null default 0,
  processed      bigint        not null default 0,
  imported       bigint        not null default 0,
  unchanged      bigint        not null default 0,
  rejected       bigint        not null default 0,
  requested_by   varchar(64)   not null,
  requested_role varchar(32)   not null,
  failure        varchar(500),
  created_at     timestamptz   not null,
  started_at     timestamptz,
  finished_at    timestamptz
);
create index customer_import_unfinished_idx on customer_import (sha256) where status in ('QUEUED', 'RUNNING');

create table customer_import_error (
  import_id bigint       not null references customer_import (id),
  line      bigint       not null,
  field     varchar(32)  not null,
  code      varchar(32)  not null,
  message   varchar(300) not null
);
create index customer_import_error_idx on customer_import_error (import_id, line);
