-- The one-off back-fill of the timeline (§8): when it ran and how many entries it added, so that a start finds it done.
create table timeline_backfill (
  id       int         primary key check (id = 1),
  done_at  timestamptz not null,
  added    bigint      not null
);
