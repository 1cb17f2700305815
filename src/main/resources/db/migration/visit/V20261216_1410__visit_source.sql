-- Where a visit on the ledger came from when it was not recorded on it directly (a manager's diary entry,
-- "diary:<id>"): at most one visit per source.
alter table visit add column source_key varchar(64) unique;
