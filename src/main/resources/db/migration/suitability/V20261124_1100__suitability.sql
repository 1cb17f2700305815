-- Suitability (适当性管理, SPEC §7): the versioned risk questionnaire with its scoring bands, assessments, point-of-sale
-- and purchase checks, signed risk acknowledgments, and the alerts compliance reviews.

create table risk_questionnaire (
  version      int          primary key,
  published_at timestamptz  not null,
  published_by varchar(64)  not null
);

create table risk_question (
  version     int          not null references risk_questionnaire (version),
  id          varchar(32)  not null,
  position    int          not null,
  text_zh     varchar(500) not null,
  text_en     varchar(500) not null,
  primary key (version, id)
);

create table risk_question_option (
  version     int          not null,
  question_id varchar(32)  not null,
  id          varchar(32)  not null,
  position    int          not null,
  text_zh     varchar(500) not null,
  text_en     varchar(500) not null,
  score       int          not null check (score >= 0),
  primary key (version, question_id, id),
  foreign key (version, question_id) references risk_question (version, id)
);

-- A score at or above min_score (and below the next band's) gives the level.
create table risk_band (
  version   int        not null references risk_questionnaire (version),
  level     varchar(2) not null check (level in ('C1', 'C2', 'C3', 'C4', 'C5')),
  min_score int        not null,
  primary key (version, level)
);

create table risk_assessment (
  id                    bigint generated always as identity primary key,
  customer_id           bigint       not null,
  questionnaire_version int          not null references risk_questionnaire (version),
  answers               jsonb        not null,
  score                 int          not null,
  level                 varchar(2)   not null check (level in ('C1', 'C2', 'C3', 'C4', 'C5')),
  assessed_at           timestamptz  not null,
  valid_until           date         not null,
  assessed_by           varchar(64)  not null
);
create index risk_assessment_customer_idx on risk_assessment (customer_id, assessed_at desc);

create table risk_acknowledgment (
  id            bigint generated always as identity primary key,
  customer_id   bigint        not null,
  product_code  varchar(32)   not null,
  signed_at     timestamptz   not null,
  note          varchar(2000),
  customer_level varchar(2),
  product_level varchar(2)    not null,
  recorded_at   timestamptz   not null,
  recorded_by   varchar(64)   not null
);
create index risk_acknowledgment_customer_idx on risk_acknowledgment (customer_id, product_code, signed_at desc);

create table suitability_check (
  id                bigint generated always as identity primary key,
  customer_id       bigint      not null,
  product_code      varchar(32) not null,
  result            varchar(24) not null check (result in ('MATCH', 'MISMATCH', 'NO_ASSESSMENT', 'ASSESSMENT_EXPIRED',
                                                          'ID_EXPIRED', 'PROHIBITED')),
  customer_level    varchar(2),
  product_level     varchar(2)  not null,
  assessment_id     bigint,
  transaction_id    bigint      unique,
  acknowledged      boolean     not null default false,
  acknowledgment_id bigint,
  checked_at        timestamptz not null,
  checked_by        varchar(64) not null
);
create index suitability_check_customer_idx on suitability_check (customer_id, checked_at desc);

create table suitability_alert (
  id             bigint generated always as identity primary key,
  check_id       bigint        not null unique references suitability_check (id),
  customer_id    bigint        not null,
  product_code   varchar(32)   not null,
  transaction_id bigint        not null,
  result         varchar(24)   not null,
  status         varchar(8)    not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  raised_at      timestamptz   not null,
  finding        varchar(4000),
  closed_at      timestamptz,
  closed_by      varchar(64)
);
create index suitability_alert_status_idx on suitability_alert (status, raised_at desc);

-- The default questionnaire, version 1: ten questions, four options each scored 1–4 (10–40 in all).
insert into risk_questionnaire (version, published_at, published_by) values (1, now(), 'system:migration');

insert into risk_question (version, id, position, text_zh, text_en) values
  (1, 'age',        1, '您的年龄是？', 'How old are you?'),
  (1, 'income',     2, '您的家庭年收入是？', 'What is your household''s yearly income?'),
  (1, 'assets',     3, '您可用于投资的金融资产是？', 'How much do you have in financial assets to invest?'),
  (1, 'experience', 4, '您有多少年投资基金、股票等风险产品的经验？', 'How many years have you invested in funds, shares or other risk products?'),
  (1, 'horizon',    5, '您计划的投资期限是？', 'How long do you plan to keep your investment?'),
  (1, 'loss',       6, '您能承受的最大本金亏损是？', 'What is the largest loss of capital you could bear?'),
  (1, 'knowledge',  7, '您对金融产品的了解程度是？', 'How well do you know financial products?'),
  (1, 'purpose',    8, '您的投资目的是？', 'What is the purpose of your investment?'),
  (1, 'liquidity',  9, '您未来一年内对这笔资金的流动性需求是？', 'How likely are you to need this money within a year?'),
  (1, 'share',     10, '拟投资金额占您金融资产的比例是？', 'What share of your financial assets will you invest?');

insert into risk_question_option (version, question_id, id, position, text_zh, text_en, score) values
  (1, 'age', 'age-A', 1, '65岁以上', 'Over 65', 1),
  (1, 'age', 'age-B', 2, '51–65岁', '51–65', 2),
  (1, 'age', 'age-C', 3, '18–30岁', '18–30', 3),
  (1, 'age', 'age-D', 4, '31–50岁', '31–50', 4),
  (1, 'income', 'income-A', 1, '10万元以下', 'Under CNY 100,000', 1),
  (1, 'income', 'income-B', 2, '10万–50万元', 'CNY 100,000–500,000', 2),
  (1, 'income', 'income-C', 3, '50万–100万元', 'CNY 500,000–1,000,000', 3),
  (1, 'income', 'income-D', 4, '100万元以上', 'Over CNY 1,000,000', 4),
  (1, 'assets', 'assets-A', 1, '50万元以下', 'Under CNY 500,000', 1),
  (1, 'assets', 'assets-B', 2, '50万–300万元', 'CNY 500,000–3,000,000', 2),
  (1, 'assets', 'assets-C', 3, '300万–1000万元', 'CNY 3,000,000–10,000,000', 3),
  (1, 'assets', 'assets-D', 4, '1000万元以上', 'Over CNY 10,000,000', 4),
  (1, 'experience', 'experience-A', 1, '没有经验', 'None', 1),
  (1, 'experience', 'experience-B', 2, '2年以下', 'Under 2 years', 2),
  (1, 'experience', 'experience-C', 3, '2–5年', '2–5 years', 3),
  (1, 'experience', 'experience-D', 4, '5年以上', 'Over 5 years', 4),
  (1, 'horizon', 'horizon-A', 1, '1年以内', 'Under a year', 1),
  (1, 'horizon', 'horizon-B', 2, '1–3年', '1–3 years', 2),
  (1, 'horizon', 'horizon-C', 3, '3–5年', '3–5 years', 3),
  (1, 'horizon', 'horizon-D', 4, '5年以上', 'Over 5 years', 4),
  (1, 'loss', 'loss-A', 1, '不能承受任何亏损', 'No loss at all', 1),
  (1, 'loss', 'loss-B', 2, '10%以内', 'Up to 10 %', 2),
  (1, 'loss', 'loss-C', 3, '10%–30%', '10–30 %', 3),
  (1, 'loss', 'loss-D', 4, '30%以上', 'Over 30 %', 4),
  (1, 'knowledge', 'knowledge-A', 1, '基本不了解', 'Hardly at all', 1),
  (1, 'knowledge', 'knowledge-B', 2, '了解存款和理财', 'Deposits and wealth products', 2),
  (1, 'knowledge', 'knowledge-C', 3, '了解基金和股票', 'Funds and shares', 3),
  (1, 'knowledge', 'knowledge-D', 4, '熟悉衍生品等复杂产品', 'Derivatives and other complex products', 4),
  (1, 'purpose', 'purpose-A', 1, '保本保值', 'Keep the capital safe', 1),
  (1, 'purpose', 'purpose-B', 2, '稳定收益', 'Steady income', 2),
  (1, 'purpose', 'purpose-C', 3, '较高收益', 'Higher returns', 3),
  (1, 'purpose', 'purpose-D', 4, '追求最大收益', 'The highest returns', 4),
  (1, 'liquidity', 'liquidity-A', 1, '随时可能需要', 'May need it any time', 1),
  (1, 'liquidity', 'liquidity-B', 2, '可能需要一部分', 'May need part of it', 2),
  (1, 'liquidity', 'liquidity-C', 3, '基本不需要', 'Probably not', 3),
  (1, 'liquidity', 'liquidity-D', 4, '完全不需要', 'Certainly not', 4),
  (1, 'share', 'share-A', 1, '50%以上', 'Over 50 %', 1),
  (1, 'share', 'share-B', 2, '30%–50%', '30–50 %', 2),
  (1, 'share', 'share-C', 3, '10%–30%', '10–30 %', 3),
  (1, 'share', 'share-D', 4, '10%以下', 'Under 10 %', 4);

-- 10–16 conservative, 17–22 moderately conservative, 23–28 balanced, 29–34 growth, 35–40 aggressive.
insert into risk_band (version, level, min_score) values
  (1, 'C1', 0), (1, 'C2', 17), (1, 'C3', 23), (1, 'C4', 29), (1, 'C5', 35);

-- Single-use links to the public questionnaire page: only the SHA-256 of the token is kept.
create table risk_questionnaire_link (
  id            bigint generated always as identity primary key,
  token_hash    varchar(64)  not null unique,
  customer_id   bigint       not null,
  created_at    timestamptz  not null,
  created_by    varchar(64)  not null,
  expires_at    timestamptz  not null,
  used_at       timestamptz,
  assessment_id bigint
);

-- Cooling-off periods (冷静期) opened by purchases of products that have one; a cancellation inside is recorded.
create table cooling_off_period (
  id                          bigint generated always as identity primary key,
  customer_id                 bigint      not null,
  transaction_id              bigint      not null unique,
  product_code                varchar(32) not null,
  starts_at                   timestamptz not null,
  ends_at                     timestamptz not null,
  cancelled_at                timestamptz,
  cancellation_transaction_id bigint
);
create index cooling_off_period_customer_idx on cooling_off_period (customer_id, ends_at desc);
