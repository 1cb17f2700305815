-- The public progress page (§8) finds a case by its number and the search hash of the customer's mobile number taken
-- when the case was opened; the aging report reads the open cases by type and stage.
alter table client_case add column mobile_hash bytea;
create index client_case_open_stage_idx on client_case (type_code, stage_position) where status in ('OPEN', 'PAUSED');
