-- Customers and KYC. PII columns (*_enc) hold AES-GCM ciphertext; *_hash columns hold keyed hashes (HMAC-SHA256)
-- of the normalised value, which serve exact search and the one-customer-per-document rule without plain text.
create sequence customer_no_seq;

create table customer (
  id                  bigint generated always as identity primary key,
  customer_no         varchar(16)  not null unique,
  type                varchar(16)  not null check (type in ('INDIVIDUAL', 'CORPORATE', 'INSTITUTION')),
  name                varchar(200) not null,
  id_type             varchar(32)  not null,
  id_number_enc       bytea        not null,
  id_number_hash      bytea        not null,
  id_expiry           date,
  birth_date_enc      bytea,
  gender              varchar(8),
  phone_enc           bytea,
  phone_hash          bytea,
  email_enc           bytea,
  address_enc         bytea,
  occupation          varchar(100),
  family_status       varchar(16),
  status              varchar(16)  not null check (status in ('PROSPECT', 'ACTIVE', 'DORMANT', 'CLOSED')),
  org_unit_id         bigint       not null,
  manager_id          bigint,
  relationship_since  date         not null,
  tier                varchar(16),
  contact_verified_at timestamptz  not null,
  closed_at           timestamptz,
  version             bigint       not null default 0,
  created_at          timestamptz  not null,
  updated_at          timestamptz  not null,
  constraint customer_one_per_document unique (id_type, id_number_hash)
);
create index customer_name_prefix_idx on customer (name text_pattern_ops);
create index customer_phone_hash_idx on customer (phone_hash) where phone_hash is not null;
create index customer_manager_idx on customer (manager_id, id);
create index customer_org_unit_idx on customer (org_unit_id, id);
create index customer_unassigned_idx on customer (org_unit_id, id) where manager_id is null and status <> 'CLOSED';

create table customer_financial_profile (
  customer_id       bigint primary key references customer (id),
  cash              numeric(18, 2) not null default 0,
  deposits          numeric(18, 2) not null default 0,
  real_estate       numeric(18, 2) not null default 0,
  stocks            numeric(18, 2) not null default 0,
  funds             numeric(18, 2) not null default 0,
  wealth_products   numeric(18, 2) not null default 0,
  insurance         numeric(18, 2) not null default 0,
  other_assets      numeric(18, 2) not null default 0,
  mortgage          numeric(18, 2) not null default 0,
  car_loan          numeric(18, 2) not null default 0,
  credit_card       numeric(18, 2) not null default 0,
  other_liabilities numeric(18, 2) not null default 0,
  salary_income     numeric(18, 2) not null default 0,
  investment_income numeric(18, 2) not null default 0,
  other_income      numeric(18, 2) not null default 0,
  goals             text[]         not null default '{}',
  updated_at        timestamptz    not null
);

create table customer_consent (
  id          bigint generated always as identity primary key,
  customer_id bigint       not null references customer (id),
  purpose     varchar(16)  not null check (purpose in ('SERVICE', 'MARKETING', 'DATA_SHARING')),
  granted     boolean      not null,
  channel     varchar(16)  not null,
  recorded_at timestamptz  not null,
  recorded_by varchar(64)  not null
);
create index customer_consent_idx on customer_consent (customer_id, purpose, recorded_at desc);
