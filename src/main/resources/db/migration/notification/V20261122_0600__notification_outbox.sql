-- Notification outbox (通知发件箱): every message, written in the transaction of the change that caused it and sent
-- by the notification-dispatch job. The recipient is AES-GCM ciphertext (recipient_enc); recipient_hash, the keyed
-- hash (HMAC-SHA256) of the normalised recipient, makes a message unique per event, channel and recipient without
-- plain text. params hold the template's values, already masked by the caller.
create table notification_outbox (
  id              bigint generated always as identity primary key,
  event_key       varchar(200) not null,
  channel         varchar(16)  not null check (channel in ('EMAIL', 'SMS', 'WECHAT')),
  recipient_enc   bytea        not null,
  recipient_hash  bytea        not null,
  template        varchar(64)  not null,
  locale          varchar(16)  not null,
  params          jsonb        not null default '{}',
  purpose         varchar(16)  not null check (purpose in ('SERVICE', 'MARKETING')),
  customer_id     bigint,
  status          varchar(16)  not null
                  check (status in ('PENDING', 'SENT', 'FAILED', 'DEAD', 'SUPPRESSED', 'HELD_DEMO')),
  attempts        int          not null default 0,
  next_attempt_at timestamptz  not null,
  last_error      varchar(1000),
  created_at      timestamptz  not null,
  sent_at         timestamptz,
  version         bigint       not null default 0,
  constraint notification_outbox_once unique (event_key, channel, recipient_hash)
);
-- What the dispatcher claims: open messages by due time.
create index notification_outbox_due_idx on notification_outbox (next_attempt_at, id) where status in ('PENDING', 'FAILED');
-- The outbox page: newest first, all or of one status.
create index notification_outbox_newest_idx on notification_outbox (created_at desc, id desc);
create index notification_outbox_status_idx on notification_outbox (status, created_at desc, id desc);
create index notification_outbox_customer_idx on notification_outbox (customer_id) where customer_id is not null;
