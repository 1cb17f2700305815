-- A run is recorded when it starts (RUNNING, no finished_at yet) and completed when it ends. A run left RUNNING by an
-- instance that died is found at the next start of any instance (platform.JobRecovery), marked FAILED and its job
-- resumed.
alter table job_run alter column finished_at drop not null;
alter table job_run drop constraint job_run_outcome_check;
alter table job_run add constraint job_run_outcome_check check (outcome in ('RUNNING', 'DONE', 'FAILED', 'SKIPPED'));
alter table job_run add constraint job_run_finished_unless_running check ((outcome = 'RUNNING') = (finished_at is null));
create index job_run_running_idx on job_run (job_name) where outcome = 'RUNNING';
