-- One pending request of a kind per subject (one tier override per customer, one closure, one extension per
-- complaint, ...): the database decides the race that a check before the insert cannot. Pending duplicates left by
-- that race earlier are rejected first, keeping the oldest.
update approval_request r
   set status = 'REJECTED', decided_by = 'system:migration', decided_at = now(),
       decision_note = 'Duplicate of an earlier pending request of the same kind for the same subject'
 where r.status = 'PENDING'
   and exists (select 1 from approval_request e
                where e.status = 'PENDING' and e.type = r.type and e.subject_type = r.subject_type
                  and e.subject_id = r.subject_id and e.id < r.id);

create unique index approval_request_one_pending_idx on approval_request (type, subject_type, subject_id)
  where status = 'PENDING';
