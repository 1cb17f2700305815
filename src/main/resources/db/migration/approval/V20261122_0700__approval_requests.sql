-- Maker-checker (§10): a typed request made by one person and decided by another, authorised one.
create table approval_request (
  id            bigint generated always as identity primary key,
  type          varchar(64)  not null,
  subject_type  varchar(32)  not null,
  subject_id    varchar(64)  not null,
  org_unit_id   bigint,
  summary       varchar(500) not null,
  payload       jsonb        not null,
  reason        text         not null,
  requested_by  varchar(64)  not null,
  requested_at  timestamptz  not null,
  status        varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
  decided_by    varchar(64),
  decided_at    timestamptz,
  decision_note text,
  version       bigint       not null default 0,
  check (decided_by is null or decided_by <> requested_by)
);
create index approval_request_pending_idx on approval_request (requested_at) where status = 'PENDING';
create index approval_request_subject_idx on approval_request (subject_type, subject_id);
