-- The duties that come with selling a product (§5, §7): the hesitation period (犹豫期) of an insurance policy in
-- calendar or working days, whether a revisit is due inside it, and which sales need dual recording (双录).
-- Insurance products already in the catalogue take the defaults: 15 calendar days, revisited, dual recording from 60.
alter table product
  add column hesitation_days      int         not null default 0 check (hesitation_days between 0 and 60),
  add column hesitation_day_count varchar(16) not null default 'CALENDAR' check (hesitation_day_count in ('CALENDAR', 'WORKING')),
  add column hesitation_revisit   boolean     not null default false,
  add column dual_recording       varchar(16) not null default 'NONE' check (dual_recording in ('NONE', 'AGE_60_PLUS', 'ALWAYS'));
update product set hesitation_days = 15, hesitation_revisit = true, dual_recording = 'AGE_60_PLUS' where type = 'INSURANCE';
