-- One row per run of a job (platform.Jobs): which instance ran it, when, and what came of it. Written when the run
-- ends; rows older than clientcare.job-run-retention (7 days) are deleted as new runs of the same job are recorded.
create table job_run (
  id          bigint generated always as identity primary key,
  job_name    varchar(64)  not null,
  instance    varchar(255) not null,
  started_at  timestamptz  not null,
  finished_at timestamptz  not null,
  outcome     varchar(16)  not null check (outcome in ('DONE', 'FAILED', 'SKIPPED')),
  result      jsonb,
  error       varchar(1000)
);
create index job_run_by_job_idx on job_run (job_name, started_at);
