-- Retention per category of data (SPEC §11): the periods compliance set at run time over the configured defaults, and
-- which categories the retention job has scrubbed for a customer before the customer as a whole (a category applied
-- before the relationship last ended counts as not applied: a reactivated customer's new records are scrubbed again).
create table privacy_retention_setting (
  category   varchar(32) primary key,
  period     varchar(16) not null,
  changed_at timestamptz not null,
  changed_by varchar(64) not null
);

create table privacy_retention_applied (
  customer_id bigint      not null,
  category    varchar(32) not null,
  applied_at  timestamptz not null,
  primary key (customer_id, category)
);
