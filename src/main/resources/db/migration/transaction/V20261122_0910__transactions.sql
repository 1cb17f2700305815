-- Transactions reported by the core banking system. external_id makes the intake idempotent: a repeat changes nothing.
create table customer_transaction (
  id                bigint generated always as identity primary key,
  external_id       varchar(64)    not null unique,
  customer_id       bigint         not null,
  type              varchar(16)    not null check (type in ('PURCHASE', 'REDEMPTION', 'DEPOSIT', 'WITHDRAWAL',
                                                          'LOAN_DRAWDOWN', 'REPAYMENT', 'CANCELLATION')),
  product_code      varchar(32),
  amount            numeric(18, 2) not null check (amount > 0),
  occurred_at       timestamptz    not null,
  risk_acknowledged boolean        not null default false,
  recorded_at       timestamptz    not null,
  recorded_by       varchar(64)    not null
);
create index customer_transaction_customer_idx on customer_transaction (customer_id, occurred_at desc);
