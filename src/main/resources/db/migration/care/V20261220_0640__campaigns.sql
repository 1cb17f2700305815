-- Campaigns (营销/服务活动, SPEC §8): a message to a segment, approved by compliance before it sends, sent in throttled
-- batches outside quiet hours; each customer gets it once (care_campaign_message's key).
create table care_campaign (
  id            bigint generated always as identity primary key,
  name          varchar(200) not null,
  purpose       varchar(16)  not null check (purpose in ('MARKETING', 'SERVICE')),
  channel       varchar(8)   not null check (channel in ('SMS', 'EMAIL', 'WECHAT')),
  segment       jsonb        not null,
  templates     jsonb        not null,
  send_at       timestamptz,
  org_unit_id   bigint       not null,
  status        varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'SENDING', 'SENT')),
  audience      int          not null,
  excluded      jsonb        not null,
  approval_id   bigint,
  created_by    varchar(64)  not null,
  created_at    timestamptz  not null,
  decided_at    timestamptz,
  finished_at   timestamptz
);
create index care_campaign_due_idx on care_campaign (status, send_at) where status in ('APPROVED', 'SENDING');

create table care_campaign_message (
  campaign_id bigint      not null references care_campaign (id),
  customer_id bigint      not null,
  queued_at   timestamptz not null,
  addressed   boolean     not null,
  primary key (campaign_id, customer_id)
);
