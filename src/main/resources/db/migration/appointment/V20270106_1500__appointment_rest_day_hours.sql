-- Whether an org unit also opens on rest days (weekends and public holidays of the official calendar, e.g. a 365-day
-- outlet), with its own hours then; a unit without a row, or with rest_days false, is closed on rest days.
alter table appointment_opening_hours
  add column rest_days       boolean not null default false,
  add column rest_day_opens  time,
  add column rest_day_closes time,
  add constraint appointment_opening_hours_rest_days_check
    check (not rest_days or (rest_day_opens is not null and rest_day_closes is not null and rest_day_opens < rest_day_closes));
