-- Tiering (§3). Figures arrive per customer and date (asOf) and are kept; the nightly job tiers every customer from
-- its latest figures into customer_tier (current tier, explanation, override) and writes customer_tier_history on
-- every real change of the tier customers see. Settings (thresholds, coefficients) are versioned: every change is a
-- new row, the highest version applies.
create table customer_metrics (
  customer_id         bigint         not null,
  as_of               date           not null,
  aum                 numeric(18, 2) not null,
  avg_daily_deposits  numeric(18, 2) not null,
  loans               numeric(18, 2) not null,
  intermediary_income numeric(18, 2) not null,
  annual_contribution numeric(18, 2) not null,
  bad_credit          boolean        not null,
  litigation          boolean        not null,
  shareholding_pct    numeric(7, 4)  not null,
  recorded_at         timestamptz    not null,
  recorded_by         varchar(64)    not null,
  primary key (customer_id, as_of)
);

create table customer_tier (
  customer_id          bigint       primary key,
  tier                 varchar(16),
  since                timestamptz  not null,
  computed_tier        varchar(16),
  scheme               varchar(16)  not null,
  rule                 varchar(48)  not null,
  explanation          jsonb        not null,
  metrics_as_of        date,
  settings_version     integer      not null,
  computed_at          timestamptz  not null,
  override_tier        varchar(16),
  override_until       date,
  override_reason      text,
  override_approval_id bigint
);
create index customer_tier_override_idx on customer_tier (override_until) where override_tier is not null;

create table customer_tier_history (
  id          bigint generated always as identity primary key,
  customer_id bigint      not null,
  from_tier   varchar(16),
  to_tier     varchar(16),
  scheme      varchar(16) not null,
  rule        varchar(48) not null,
  source      varchar(16) not null check (source in ('RECOMPUTED', 'OVERRIDE', 'OVERRIDE_ENDED')),
  changed_at  timestamptz not null
);
create index customer_tier_history_idx on customer_tier_history (customer_id, id);

create table tier_settings (
  version    integer      primary key,
  settings   jsonb        not null,
  reason     text,
  changed_by varchar(64)  not null,
  changed_at timestamptz  not null
);
