-- The regulatory limit in calendar days from the start of the count (receipt, or the new facts): 15 (the intake writes
-- the installation's own), raised by each approved extension by the days it asked for, to at most 30 after the first
-- and 60 after the second (§6). Until now every extension was of 30 days, so the limit follows from their number.
alter table complaint add column regulatory_days int not null default 15;
update complaint set regulatory_days = 30 * extensions where extensions > 0;
