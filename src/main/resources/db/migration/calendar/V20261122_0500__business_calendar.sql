-- Business calendar (工作日历, SPEC §9): the years with a loaded calendar, and in each its holidays and the weekend
-- days that are worked (调休). A year without a row in calendar_year falls back to Monday–Friday.
create table calendar_year (
  year      int          primary key check (year between 2000 and 2100),
  loaded_at timestamptz  not null,
  loaded_by varchar(100) not null,
  version   bigint       not null default 0
);

create table calendar_day (
  day  date        primary key,
  year int         not null references calendar_year (year),
  kind varchar(16) not null check (kind in ('HOLIDAY', 'WORKING_WEEKEND')),
  name varchar(50) not null default '',
  constraint calendar_day_in_its_year check (extract(year from day) = year),
  constraint calendar_day_worked_on_a_weekend check (kind <> 'WORKING_WEEKEND' or extract(isodow from day) in (6, 7))
);
create index calendar_day_year_idx on calendar_day (year, day);

-- Shipped defaults: the State Council's notices for 2025 and 2026.
insert into calendar_year (year, loaded_at, loaded_by) values
  (2025, now(), 'system:migration'),
  (2026, now(), 'system:migration');

insert into calendar_day (day, year, kind, name)
select d::date, extract(year from d)::int, 'HOLIDAY', h.name
from (values
  ('2025-01-01', '2025-01-01', '元旦'),
  ('2025-01-28', '2025-02-04', '春节'),
  ('2025-04-04', '2025-04-06', '清明节'),
  ('2025-05-01', '2025-05-05', '劳动节'),
  ('2025-05-31', '2025-06-02', '端午节'),
  ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ('2026-01-01', '2026-01-03', '元旦'),
  ('2026-02-15', '2026-02-23', '春节'),
  ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'),
  ('2026-06-19', '2026-06-21', '端午节'),
  ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')
) as h (first_day, last_day, name),
  generate_series(h.first_day::date, h.last_day::date, interval '1 day') as d;

insert into calendar_day (day, year, kind, name)
select w.day::date, extract(year from w.day::date)::int, 'WORKING_WEEKEND', w.name
from (values
  ('2025-01-26', '春节调休'),
  ('2025-02-08', '春节调休'),
  ('2025-04-27', '劳动节调休'),
  ('2025-09-28', '国庆节调休'),
  ('2025-10-11', '国庆节调休'),
  ('2026-01-04', '元旦调休'),
  ('2026-02-14', '春节调休'),
  ('2026-02-28', '春节调休'),
  ('2026-05-09', '劳动节调休'),
  ('2026-09-20', '中秋节调休'),
  ('2026-10-10', '国庆节调休')
) as w (day, name);
