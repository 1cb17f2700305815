-- A visit's next steps can become a case (业务, SPEC §8): the case opened from the visit, by id and case number.
alter table visit add column follow_up_case_id bigint, add column follow_up_case_no varchar(32);
create unique index visit_follow_up_case_idx on visit (follow_up_case_id) where follow_up_case_id is not null;
