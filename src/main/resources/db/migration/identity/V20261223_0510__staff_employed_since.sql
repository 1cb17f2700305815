-- The day a staff member joined (入职日期), for the headcount of a past period (training coverage per period): none
-- recorded means the day the account was created; an administrator records an earlier one for staff who joined
-- before their account existed (at go-live).
alter table staff_user add column employed_since date;
