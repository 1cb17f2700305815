-- The drill-down lists accounts by the core system's account number.
alter table kpi_account add column external_id varchar(64) not null default '';
alter table kpi_account_change add column external_id varchar(64) not null default '';
