-- Two more duties of selling a product (§7): whether a sale through the bank channel (银保渠道) needs dual recording
-- (双录) whatever the customer's age — bank-channel insurance policies of more than one year do — and how many years a
-- sale's recording is kept (10 for insurance policies of more than one year, 5 otherwise; 2 more past a dispute).
alter table product
  add column bank_channel_recording    boolean not null default false,
  add column recording_retention_years int     not null default 5 check (recording_retention_years between 1 and 30);
update product set bank_channel_recording = true, recording_retention_years = 10 where type = 'INSURANCE';
