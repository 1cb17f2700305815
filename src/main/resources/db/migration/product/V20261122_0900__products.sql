-- The product catalogue (产品目录): risk level R1–R5 for suitability, cooling-off hours for private wealth products.
create table product (
  code              varchar(32)  primary key,
  name_zh           varchar(200) not null,
  name_en           varchar(200) not null,
  type              varchar(16)  not null check (type in ('DEPOSIT', 'WEALTH', 'FUND', 'INSURANCE', 'LOAN', 'OTHER')),
  risk_level        varchar(2)   not null check (risk_level in ('R1', 'R2', 'R3', 'R4', 'R5')),
  cooling_off_hours int          not null default 0 check (cooling_off_hours between 0 and 720),
  status            varchar(16)  not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'RETIRED')),
  version           bigint       not null default 0,
  updated_at        timestamptz  not null default now()
);
