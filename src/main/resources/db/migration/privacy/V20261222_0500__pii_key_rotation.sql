-- Where the key-rotation job stands in each table with personal information, per rotation (the primary key's id and
-- the index key's fingerprint, e.g. 'key 2 · index 1a2b3c4d'): the key of the last row rewritten, so a run cut short
-- resumes after it, and the counts the administrators' page shows.
create table pii_rotation_progress (
  target        varchar(100)  not null,
  part          varchar(100)  not null,
  last_key      varchar(200),
  rows_total    bigint        not null default 0,
  rows_seen     bigint        not null default 0,
  rows_changed  bigint        not null default 0,
  started_at    timestamptz   not null,
  updated_at    timestamptz   not null,
  finished_at   timestamptz,
  primary key (target, part)
);
