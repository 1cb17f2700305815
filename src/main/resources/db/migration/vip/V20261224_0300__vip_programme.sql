-- The corporate VIP programme (对公VIP客户, SPEC §3): a list per year that branches propose, head office ranks and
-- adjusts, and a checker approves (maker-checker); members take effect only on approval. Mid-year changes and the
-- executives' personal VIP cards are requests of their own. The value-added services of each level are data.
create table vip_programme (
  year         integer     primary key check (year between 2000 and 2100),
  status       varchar(16) not null,
  approval_id  bigint,
  submitted_by varchar(64),
  submitted_at timestamptz,
  decided_by   varchar(64),
  decided_at   timestamptz,
  created_at   timestamptz not null,
  created_by   varchar(64) not null
);

create table vip_candidate (
  id                  bigserial      primary key,
  year                integer        not null references vip_programme (year),
  customer_id         bigint         not null,
  org_unit_id         bigint         not null,
  proposed_level      varchar(16)    not null,
  level               varchar(16)    not null,
  rank                integer,
  status              varchar(16)    not null,
  avg_daily_deposits  numeric(18, 2),
  annual_contribution numeric(18, 2),
  growth_pct          numeric(9, 2),
  relationship_years  integer,
  figures_as_of       date,
  bad_credit          boolean        not null default false,
  proposed_by         varchar(64)    not null,
  proposed_at         timestamptz    not null,
  reason              varchar(500)   not null,
  since               date,
  unique (year, customer_id)
);
create index vip_candidate_customer on vip_candidate (customer_id);

create table vip_change (
  id           bigserial    primary key,
  year         integer      not null references vip_programme (year),
  customer_id  bigint       not null,
  from_level   varchar(16),
  to_level     varchar(16),
  reason       varchar(500) not null,
  status       varchar(16)  not null,
  approval_id  bigint,
  requested_by varchar(64)  not null,
  requested_at timestamptz  not null,
  decided_at   timestamptz
);
create index vip_change_year on vip_change (year);

create table vip_card (
  id           bigserial    primary key,
  year         integer      not null references vip_programme (year),
  customer_id  bigint       not null,
  holder_name  varchar(100) not null,
  holder_title varchar(100) not null,
  status       varchar(16)  not null,
  approval_id  bigint,
  requested_by varchar(64)  not null,
  requested_at timestamptz  not null,
  decided_at   timestamptz
);
create index vip_card_year on vip_card (year);

-- What happened to a customer in a year's programme, oldest first: proposed, adjusted, admitted, changed, removed.
create table vip_history (
  id          bigserial   primary key,
  year        integer     not null,
  customer_id bigint      not null,
  at          timestamptz not null,
  event       varchar(24) not null,
  from_level  varchar(16),
  to_level    varchar(16),
  by_user     varchar(64) not null,
  approval_id bigint,
  note        varchar(500)
);
create index vip_history_customer on vip_history (customer_id, year);

-- The value-added services (VIP专项增值服务) of each level.
create table vip_service (
  level    varchar(16)  not null,
  code     varchar(32)  not null,
  name_zh  varchar(100) not null,
  name_en  varchar(100) not null,
  position integer      not null,
  primary key (level, code)
);

insert into vip_service (level, code, name_zh, name_en, position)
select l.level, s.code, s.name_zh, s.name_en, s.position
from (values ('SUPREME', 4), ('DIAMOND', 3), ('PLATINUM', 2), ('GOLD', 1)) as l (level, rank)
join (values
  ('GREEN_CHANNEL',      '贵宾绿色通道',         'VIP green channel',                    1, 1),
  ('FEE_DISCOUNT',       '结算手续费优惠',       'Settlement fee discounts',             2, 1),
  ('DEDICATED_TEAM',     '专属客户经理团队',     'Dedicated relationship team',          3, 2),
  ('CREDIT_FAST_TRACK',  '授信审批快速通道',     'Fast-track credit approval',           4, 2),
  ('EXECUTIVE_CARDS',    '高管个人贵宾卡',       'Personal VIP cards for executives',    5, 3),
  ('SENIOR_VISITS',      '行领导定期拜访',       'Regular visits by senior management',  6, 3),
  ('TAILORED_SOLUTIONS', '综合金融方案定制',     'Tailored financial solutions',         7, 4),
  ('HEAD_OFFICE_DESK',   '总行专属服务专员',     'Head-office service officer',          8, 4)
) as s (code, name_zh, name_en, position, from_rank) on l.rank >= s.from_rank;
