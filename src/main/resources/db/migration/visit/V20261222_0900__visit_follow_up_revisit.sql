-- A visit's next steps can become a revisit (SPEC §8): the revisit planned from the visit, and its day.
alter table visit add column follow_up_revisit_id bigint, add column follow_up_on date;
