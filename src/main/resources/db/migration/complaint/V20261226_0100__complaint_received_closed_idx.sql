-- The KPIs count today's complaints (received today, or closed today with a rating) from complaint_kpi_ref for every
-- scope of a dashboard, and a late change refreshes one day of the roll-up: these indexes find a day's complaints by
-- receipt or closing instead of reading the whole table.
create index complaint_received_at_idx on complaint (received_at);
create index complaint_closed_at_idx on complaint (closed_at) where closed_at is not null;
