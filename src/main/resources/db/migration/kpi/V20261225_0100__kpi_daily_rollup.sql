-- The daily roll-up of the KPIs (issue 18, "fast at scale"): per day, org unit and account manager, the counts every
-- figure is made of, so that a dashboard sums a few hundred rows instead of a year of revisits and complaints. Built
-- set-based by the nightly kpi-rollup job for the days up to yesterday (kpi_rollup_state.rolled_through); days after
-- it are counted from the records as before; a late change to a rolled day rebuilds that day's rows from its event.
-- org_unit_id and manager_id are those the figure's definition uses (see docs/modules/kpi.md); either may be null.
create table kpi_daily (
  day                  date   not null,
  org_unit_id          bigint,
  manager_id           bigint,
  -- revisits due that day (all but cancelled ones: the day is past) and those done on or before it
  revisits_due         int    not null default 0,
  revisits_on_time     int    not null default 0,
  -- revisits completed that day with a score, and how many of each score 1–5 (which count as satisfied is a setting)
  revisits_rated       int    not null default 0,
  revisits_score_1     int    not null default 0,
  revisits_score_2     int    not null default 0,
  revisits_score_3     int    not null default 0,
  revisits_score_4     int    not null default 0,
  revisits_score_5     int    not null default 0,
  -- hesitation-period revisits whose period ended that day, and those done inside it
  hesitation_due       int    not null default 0,
  hesitation_in_time   int    not null default 0,
  -- complaints received that day: acknowledged and resolved (at all, and in time); the ones still waiting are in
  -- kpi_daily_pending, because whether they are due depends on the moment of reading
  complaints           int    not null default 0,
  acks_done            int    not null default 0,
  acks_on_time         int    not null default 0,
  resolutions_done     int    not null default 0,
  resolutions_on_time  int    not null default 0,
  -- complaints closed that day with a score, and how many of each score
  complaints_rated     int    not null default 0,
  complaints_score_1   int    not null default 0,
  complaints_score_2   int    not null default 0,
  complaints_score_3   int    not null default 0,
  complaints_score_4   int    not null default 0,
  complaints_score_5   int    not null default 0,
  -- accounts opened that day (settlement kinds, basic ones) and dormant accounts reactivated that day
  settlement_accounts  int    not null default 0,
  basic_accounts       int    not null default 0,
  reactivated_accounts int    not null default 0,
  -- inquiries due that day and those closed in time
  inquiries_due        int    not null default 0,
  inquiries_on_time    int    not null default 0,
  -- customers whose relationship began that day, by their present status: the customers of a scope on a day are the
  -- sum of these rows up to it (a running total, exact for the point-in-time denominators)
  customers            int    not null default 0,
  individual_customers int    not null default 0,
  active_customers     int    not null default 0
);
create unique index kpi_daily_key on kpi_daily (day, org_unit_id, manager_id) nulls not distinct;
create index kpi_daily_unit_idx on kpi_daily (org_unit_id, day);
create index kpi_daily_manager_idx on kpi_daily (manager_id, day);

-- Complaints of a rolled day still waiting for their acknowledgment or resolution, by deadline: each is due (in the
-- denominator of the on-time rates) once its deadline has passed at the moment of reading.
create table kpi_daily_pending (
  day         date        not null,
  org_unit_id bigint,
  manager_id  bigint,
  kind        varchar(10) not null check (kind in ('ACK', 'RESOLUTION')),
  due_at      timestamptz not null,
  n           int         not null
);
create index kpi_daily_pending_day_idx on kpi_daily_pending (day);

-- How far the roll-up reaches: the days up to rolled_through are in kpi_daily. customers_live: a change whose days
-- are not known (a bulk import of customers) made the customer counts stale, so they are counted from the records
-- until the next rebuild.
create table kpi_rollup_state (
  id             int         primary key check (id = 1),
  rolled_through date,
  customers_live boolean     not null default false,
  rebuilt_at     timestamptz,
  rebuild_ms     bigint
);
insert into kpi_rollup_state (id) values (1);

-- A customer moved to another manager or unit: the days of its records are found by customer.
create index kpi_account_customer_idx on kpi_account (customer_id);
create index kpi_account_change_customer_idx on kpi_account_change (customer_id);
create index kpi_inquiry_customer_idx on kpi_inquiry (customer_id) where customer_id is not null;
