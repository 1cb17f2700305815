-- Customer care (客户关怀, SPEC §8): which occasions greet whom, each customer's care preferences, channels customers
-- opted out of, the greetings sent (once per customer, occasion and year), and the account managers' to-dos.

-- Which occasions greet which customers (admins change it): empty arrays mean every tier / every type.
create table care_occasion (
  occasion       varchar(16) primary key,
  enabled        boolean     not null,
  tiers          text[]      not null default '{}',
  customer_types text[]      not null default '{}',
  updated_at     timestamptz not null,
  updated_by     varchar(64) not null
);
insert into care_occasion (occasion, enabled, updated_at, updated_by)
select o, true, now(), 'system'
from unnest(array['NEW_YEAR', 'SPRING_FESTIVAL', 'LANTERN', 'DRAGON_BOAT', 'MID_AUTUMN', 'DOUBLE_NINTH',
                  'NATIONAL_DAY', 'BIRTHDAY']) as o;

-- A customer's care preferences: language and channel of greetings, whether the birthday is kept by the lunar
-- calendar, and the birthday without its year (month and day, Gregorian and lunar) — the birth date itself stays
-- encrypted in the customer module. Written from the customer's birth date when the greetings job first meets it.
create table care_profile (
  customer_id    bigint      primary key,
  language       varchar(8)  not null default 'zh-CN' check (language in ('zh-CN', 'en')),
  channel        varchar(8)  not null default 'SMS' check (channel in ('SMS', 'EMAIL', 'WECHAT')),
  lunar_birthday boolean     not null default false,
  birth_month    smallint,
  birth_day      smallint,
  lunar_month    smallint,
  lunar_day      smallint,
  updated_at     timestamptz not null
);
create index care_profile_birthday_idx on care_profile (birth_month, birth_day) where not lunar_birthday;
create index care_profile_lunar_birthday_idx on care_profile (lunar_month, lunar_day) where lunar_birthday;

-- Channels a customer opted out of for marketing (退订): never used again for marketing.
create table care_opt_out (
  customer_id    bigint      not null,
  channel        varchar(8)  not null check (channel in ('SMS', 'EMAIL', 'WECHAT')),
  opted_out_at   timestamptz not null,
  source         varchar(16) not null check (source in ('LINK', 'STAFF')),
  primary key (customer_id, channel)
);

-- Single-use unsubscribe links (only the SHA-256 of the token is kept).
create table care_unsubscribe_link (
  token_hash  char(64)    primary key,
  customer_id bigint      not null,
  channel     varchar(8)  not null,
  created_at  timestamptz not null,
  used_at     timestamptz
);

-- Greetings: at most one per customer, occasion and year (the lunar year for lunar birthdays), by this key.
create table care_greeting (
  id          bigint generated always as identity primary key,
  customer_id bigint      not null,
  occasion    varchar(16) not null,
  year        int         not null,
  greet_on    date        not null,
  channel     varchar(8)  not null,
  language    varchar(8)  not null,
  status      varchar(16) not null check (status in ('QUEUED', 'NO_ADDRESS')),
  created_at  timestamptz not null,
  constraint care_greeting_once unique (customer_id, occasion, year)
);
create index care_greeting_day_idx on care_greeting (greet_on);

-- To-dos of account managers the day before an occasion of a DIAMOND or PLATINUM customer: a call or a gift.
create table care_task (
  id          bigint generated always as identity primary key,
  customer_id bigint        not null,
  manager_id  bigint        not null,
  occasion    varchar(16)   not null,
  year        int           not null,
  due_on      date          not null,
  tier        varchar(16)   not null,
  gift_budget numeric(18, 2) not null,
  done_at     timestamptz,
  created_at  timestamptz   not null,
  constraint care_task_once unique (customer_id, occasion, year)
);
create index care_task_manager_idx on care_task (manager_id, due_on);
