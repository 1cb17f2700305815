-- The regulatory clock stands still during an external appraisal or a mediation and restarts from new facts (§6):
-- the count's start (null: receipt), the time it stood still since then, the running pause, and every pause kept.
alter table complaint add column regulatory_from timestamptz;
alter table complaint add column paused_seconds  bigint      not null default 0 check (paused_seconds >= 0);
alter table complaint add column paused_at       timestamptz;
alter table complaint add column pause_reason    varchar(16) check (pause_reason in ('APPRAISAL', 'MEDIATION', 'OTHER'));

create table complaint_pause (
  id           bigint generated always as identity primary key,
  complaint_id bigint        not null references complaint (id),
  reason       varchar(16)   not null check (reason in ('APPRAISAL', 'MEDIATION', 'OTHER')),
  note         varchar(2000),
  paused_at    timestamptz   not null,
  paused_by    varchar(64)   not null,
  resumed_at   timestamptz,
  resumed_by   varchar(64),
  check (resumed_at is null or resumed_at >= paused_at)
);
-- at most one running pause per complaint: a second pause at the same time is a conflict
create unique index complaint_pause_running_idx on complaint_pause (complaint_id) where resumed_at is null;
