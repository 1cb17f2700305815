-- Why a revisit was cancelled (SPEC §5): CUSTOMER_CLOSED when its customer's relationship was closed (§2) while it was
-- still open. A cancelled revisit keeps when (completed_at) and by whom (completed_by) it was cancelled.
alter table revisit add column cancel_reason varchar(32) check (cancel_reason in ('CUSTOMER_CLOSED'));
alter table revisit add constraint revisit_cancel_reason_only_cancelled
  check (cancel_reason is null or status = 'CANCELLED');
