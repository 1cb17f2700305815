-- Branches open on the working days of the official calendar only (SPEC §8: never on holidays; §12: no slots on a
-- day that is not a working day): the rest-day hours of the migration before are taken out again.
alter table appointment_opening_hours
  drop constraint appointment_opening_hours_rest_days_check,
  drop column rest_days,
  drop column rest_day_opens,
  drop column rest_day_closes;
