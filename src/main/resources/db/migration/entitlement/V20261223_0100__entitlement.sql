-- Entitlements (权益, SPEC §3): what each tier of each customer type is owed, with yearly quotas. The catalogue is
-- data (kinds and the entitlements per customer type and tier); grants follow the customer's tier (one active grant
-- per customer and kind, withdrawn when the tier no longer carries it); uses count against the quota of their year, and
-- a use beyond the quota waits for a checker's approval.
create table entitlement_kind (
  code     varchar(32)  primary key,
  name_zh  varchar(100) not null,
  name_en  varchar(100) not null,
  position integer      not null
);

create table entitlement_catalogue (
  customer_type varchar(16) not null,
  tier          varchar(16) not null,
  code          varchar(32) not null references entitlement_kind (code),
  yearly_quota  integer check (yearly_quota is null or yearly_quota >= 0),
  primary key (customer_type, tier, code)
);

create table entitlement_grant (
  id           bigserial   primary key,
  customer_id  bigint      not null,
  code         varchar(32) not null references entitlement_kind (code),
  tier         varchar(16) not null,
  yearly_quota integer,
  granted_at   timestamptz not null,
  withdrawn_at timestamptz
);
create unique index entitlement_grant_active on entitlement_grant (customer_id, code) where withdrawn_at is null;
create index entitlement_grant_customer on entitlement_grant (customer_id);

create table entitlement_use (
  id          bigserial    primary key,
  customer_id bigint       not null,
  code        varchar(32)  not null references entitlement_kind (code),
  year        integer      not null,
  used_at     timestamptz  not null,
  recorded_by varchar(64)  not null,
  note        varchar(500),
  status      varchar(24)  not null,
  approval_id bigint,
  decided_at  timestamptz
);
create index entitlement_use_customer on entitlement_use (customer_id, code, year);

insert into entitlement_kind (code, name_zh, name_en, position) values
  ('PRIORITY_SERVICE', '贵宾服务台优先办理', 'Priority service at the VIP desk', 10),
  ('PRIORITY_BOOKING', '优先预约', 'Priority booking', 20),
  ('DEDICATED_ADVISOR', '专属客户经理/理财顾问', 'Dedicated advisor', 30),
  ('FEE_WAIVER', '手续费减免', 'Fee waivers', 40),
  ('AIRPORT_LOUNGE', '机场贵宾厅', 'Airport lounge visits', 50),
  ('HEALTH_CHECK', '健康体检', 'Health checks', 60),
  ('EVENT_INVITATION', '客户活动邀请', 'Event invitations', 70),
  ('GREETING_GIFT', '节日问候礼品', 'Greeting gifts', 80);

-- Retail customers (理财客户): quotas per year; null means without limit.
insert into entitlement_catalogue (customer_type, tier, code, yearly_quota) values
  ('INDIVIDUAL', 'DIAMOND', 'PRIORITY_SERVICE', null), ('INDIVIDUAL', 'DIAMOND', 'PRIORITY_BOOKING', null),
  ('INDIVIDUAL', 'DIAMOND', 'DEDICATED_ADVISOR', null), ('INDIVIDUAL', 'DIAMOND', 'FEE_WAIVER', null),
  ('INDIVIDUAL', 'DIAMOND', 'AIRPORT_LOUNGE', 12), ('INDIVIDUAL', 'DIAMOND', 'HEALTH_CHECK', 2),
  ('INDIVIDUAL', 'DIAMOND', 'EVENT_INVITATION', 6), ('INDIVIDUAL', 'DIAMOND', 'GREETING_GIFT', 4),
  ('INDIVIDUAL', 'PLATINUM', 'PRIORITY_SERVICE', null), ('INDIVIDUAL', 'PLATINUM', 'PRIORITY_BOOKING', null),
  ('INDIVIDUAL', 'PLATINUM', 'DEDICATED_ADVISOR', null), ('INDIVIDUAL', 'PLATINUM', 'FEE_WAIVER', null),
  ('INDIVIDUAL', 'PLATINUM', 'AIRPORT_LOUNGE', 6), ('INDIVIDUAL', 'PLATINUM', 'HEALTH_CHECK', 1),
  ('INDIVIDUAL', 'PLATINUM', 'EVENT_INVITATION', 4), ('INDIVIDUAL', 'PLATINUM', 'GREETING_GIFT', 2),
  ('INDIVIDUAL', 'GOLD', 'PRIORITY_SERVICE', null), ('INDIVIDUAL', 'GOLD', 'FEE_WAIVER', null),
  ('INDIVIDUAL', 'GOLD', 'EVENT_INVITATION', 2), ('INDIVIDUAL', 'GOLD', 'GREETING_GIFT', 1);

-- Corporate customers and institutions (公司客户): the same services for the company, no personal quotas.
insert into entitlement_catalogue (customer_type, tier, code, yearly_quota)
select t.customer_type, c.tier, c.code, c.yearly_quota
from (values ('CORPORATE'), ('INSTITUTION')) as t (customer_type)
cross join (values
  ('DIAMOND', 'PRIORITY_SERVICE', null::integer), ('DIAMOND', 'PRIORITY_BOOKING', null), ('DIAMOND', 'DEDICATED_ADVISOR', null),
  ('DIAMOND', 'FEE_WAIVER', null), ('DIAMOND', 'EVENT_INVITATION', 6), ('DIAMOND', 'GREETING_GIFT', 2),
  ('PLATINUM', 'PRIORITY_SERVICE', null), ('PLATINUM', 'PRIORITY_BOOKING', null), ('PLATINUM', 'DEDICATED_ADVISOR', null),
  ('PLATINUM', 'FEE_WAIVER', null), ('PLATINUM', 'EVENT_INVITATION', 4), ('PLATINUM', 'GREETING_GIFT', 1),
  ('GOLD', 'PRIORITY_SERVICE', null), ('GOLD', 'FEE_WAIVER', null), ('GOLD', 'EVENT_INVITATION', 2)
) as c (tier, code, yearly_quota);

-- Customers tiered before this module existed get their grants at once.
insert into entitlement_grant (customer_id, code, tier, yearly_quota, granted_at)
select r.id, c.code, r.tier, c.yearly_quota, now()
from customer_ref r join entitlement_catalogue c on c.customer_type = r.type and c.tier = r.tier;
